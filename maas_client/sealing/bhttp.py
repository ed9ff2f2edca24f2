"""Binary HTTP messages (RFC 9292): known-length encoding, decoding of both framings.

Encoding always uses the known-length form. Decoding accepts known-length and
indeterminate-length requests and responses, informational (1xx) responses, trailers, zero
padding, and messages truncated at a section boundary (the missing sections are empty). Every
length is checked against the bytes actually present before anything is read, so a hostile
length can neither allocate memory nor make the decoder loop; bad input raises
`BHTTPDecodeError` and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import BHTTPDecodeError

__all__ = [
    "MAX_VARINT",
    "BinaryRequest",
    "BinaryResponse",
    "Fields",
    "InformationalResponse",
    "decode_request",
    "decode_response",
    "decode_varint",
    "encode_request",
    "encode_response",
    "encode_varint",
]

MAX_VARINT = (1 << 62) - 1
"""The largest value a QUIC variable-length integer (RFC 9000 section 16) can carry."""

Fields = list[tuple[bytes, bytes]]
"""An ordered list of `(name, value)` field lines."""

_KNOWN_REQUEST, _KNOWN_RESPONSE, _INDET_REQUEST, _INDET_RESPONSE = 0, 1, 2, 3


@dataclass(slots=True)
class BinaryRequest:
    """A request as RFC 9292 section 3.4 carries it: control data, header, content, trailer."""

    method: bytes
    scheme: bytes = b"https"
    authority: bytes = b""
    path: bytes = b"/"
    headers: Fields = field(default_factory=list)
    body: bytes = b""
    trailers: Fields = field(default_factory=list)


@dataclass(slots=True)
class InformationalResponse:
    """An interim (1xx) response that precedes the final one (RFC 9292 section 3.5.1)."""

    status: int
    headers: Fields = field(default_factory=list)


@dataclass(slots=True)
class BinaryResponse:
    """A response: final status, header, content, trailer, and any informational responses."""

    status: int
    headers: Fields = field(default_factory=list)
    body: bytes = b""
    informational: list[InformationalResponse] = field(default_factory=list)
    trailers: Fields = field(default_factory=list)


# --- Variable-length integers ------------------------------------------------------------------


def encode_varint(value: int) -> bytes:
    """The shortest QUIC varint encoding of `value` (0 .. 2**62 - 1)."""
    if value < 0 or value > MAX_VARINT:
        raise ValueError("varint out of range")
    if value < 0x40:
        return bytes([value])
    if value < 0x4000:
        return (value | 0x4000).to_bytes(2, "big")
    if value < 0x4000_0000:
        return (value | 0x8000_0000).to_bytes(4, "big")
    return (value | 0xC000_0000_0000_0000).to_bytes(8, "big")


def decode_varint(data: bytes, pos: int = 0) -> tuple[int, int]:
    """Read a QUIC varint at `pos`; returns `(value, next position)`."""
    reader = _Reader(data, pos)
    return reader.varint(), reader.pos


class _Reader:
    __slots__ = ("data", "pos")

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data = data
        self.pos = pos

    def at_end(self) -> bool:
        return self.pos >= len(self.data)

    def varint(self) -> int:
        if self.pos >= len(self.data):
            raise BHTTPDecodeError("truncated varint")
        first = self.data[self.pos]
        size = 1 << (first >> 6)
        end = self.pos + size
        if end > len(self.data):
            raise BHTTPDecodeError("truncated varint")
        value = int.from_bytes(self.data[self.pos:end], "big") & ((1 << (8 * size - 2)) - 1)
        self.pos = end
        return value

    def take(self, length: int) -> bytes:
        if length > len(self.data) - self.pos:
            raise BHTTPDecodeError("length exceeds the message")
        out = self.data[self.pos:self.pos + length]
        self.pos += length
        return out

    def prefixed(self) -> bytes:
        return self.take(self.varint())


# --- Encoding (known length) -------------------------------------------------------------------


def _prefixed(value: bytes) -> bytes:
    return encode_varint(len(value)) + value


def _field_section(fields: Fields) -> bytes:
    body = b"".join(_prefixed(name) + _prefixed(value) for name, value in fields)
    return _prefixed(body)


# The content is joined in as its own part (length, then the bytes) rather than through
# `_prefixed`, so a large body is copied once, into the message, and not twice.


def encode_request(request: BinaryRequest) -> bytes:
    """The known-length Binary HTTP encoding (framing indicator 0) of `request`."""
    return b"".join((
        encode_varint(_KNOWN_REQUEST),
        _prefixed(request.method), _prefixed(request.scheme),
        _prefixed(request.authority), _prefixed(request.path),
        _field_section(request.headers),
        encode_varint(len(request.body)), request.body,
        _field_section(request.trailers),
    ))


def _check_status(status: int, *, informational: bool) -> None:
    ok = 100 <= status <= 199 if informational else 200 <= status <= 599
    if not ok:
        raise ValueError("status code out of range for its position")


def encode_response(response: BinaryResponse) -> bytes:
    """The known-length Binary HTTP encoding (framing indicator 1) of `response`."""
    parts = [encode_varint(_KNOWN_RESPONSE)]
    for interim in response.informational:
        _check_status(interim.status, informational=True)
        parts += [encode_varint(interim.status), _field_section(interim.headers)]
    _check_status(response.status, informational=False)
    parts += [encode_varint(response.status), _field_section(response.headers),
              encode_varint(len(response.body)), response.body,
              _field_section(response.trailers)]
    return b"".join(parts)


# --- Decoding ----------------------------------------------------------------------------------


def _field_lines(reader: _Reader, *, indeterminate: bool) -> Fields:
    """A field section; an absent section (message truncated here) is empty."""
    fields: Fields = []
    if reader.at_end():
        return fields
    if indeterminate:
        while True:
            name_length = reader.varint()
            if name_length == 0:
                return fields
            fields.append((reader.take(name_length), reader.prefixed()))
    section = _Reader(reader.prefixed())
    while not section.at_end():
        fields.append((section.prefixed(), section.prefixed()))
    return fields


def _content(reader: _Reader, *, indeterminate: bool) -> bytes:
    if reader.at_end():
        return b""
    if not indeterminate:
        return reader.prefixed()
    chunks: list[bytes] = []
    while True:
        length = reader.varint()
        if length == 0:
            return b"".join(chunks)
        chunks.append(reader.take(length))


def _padding(reader: _Reader) -> None:
    if reader.data.count(0, reader.pos) != len(reader.data) - reader.pos:
        raise BHTTPDecodeError("non-zero padding")


def _framing(reader: _Reader, known: int, indeterminate: int) -> bool:
    indicator = reader.varint()
    if indicator not in (known, indeterminate):
        raise BHTTPDecodeError("unexpected framing indicator")
    return indicator == indeterminate


def decode_request(data: bytes) -> BinaryRequest:
    """Decode a Binary HTTP request in either framing; `BHTTPDecodeError` if invalid."""
    reader = _Reader(bytes(data))
    indet = _framing(reader, _KNOWN_REQUEST, _INDET_REQUEST)
    method, scheme, authority, path = (reader.prefixed() for _ in range(4))
    if not method:
        raise BHTTPDecodeError("empty method")
    headers = _field_lines(reader, indeterminate=indet)
    body = _content(reader, indeterminate=indet)
    trailers = _field_lines(reader, indeterminate=indet)
    _padding(reader)
    return BinaryRequest(method, scheme, authority, path, headers, body, trailers)


def decode_response(data: bytes) -> BinaryResponse:
    """Decode a Binary HTTP response in either framing; `BHTTPDecodeError` if invalid."""
    reader = _Reader(bytes(data))
    indet = _framing(reader, _KNOWN_RESPONSE, _INDET_RESPONSE)
    informational: list[InformationalResponse] = []
    while True:
        status = reader.varint()
        if 100 <= status <= 199:
            informational.append(
                InformationalResponse(status, _field_lines(reader, indeterminate=indet)))
            continue
        if not 200 <= status <= 599:
            raise BHTTPDecodeError("invalid status code")
        break
    headers = _field_lines(reader, indeterminate=indet)
    body = _content(reader, indeterminate=indet)
    trailers = _field_lines(reader, indeterminate=indet)
    _padding(reader)
    return BinaryResponse(status, headers, body, informational, trailers)
