"""Names, places and streets written in Chinese, Japanese and Korean.

These scripts have no capitals, so a name is not told from a word by its first letter, and
Chinese and Japanese do not put spaces between words. What gives them away instead:

* **a person's cue or title** -- a name stands after ``患者`` (patient), ``氏名``/``姓名``
  (name), ``主治医`` (attending), ``運転者``/``驾驶员`` (driver), ``환자``, ``주치의`` ...,
  after a relation (``長女``) or a reading's label (``フリガナ``, the name in kana), as a chat
  line's speaker, and before ``様``/``さん`` (Mr/Ms), ``医生`` (doctor), ``님``; a user name
  in Latin letters after who did something (``出力者: dpc_tanabe``);
* **a space in Japanese text**: a family name of one to three kanji, a space and a given
  name (``佐藤 美咲``, ``田中 トメ``) -- Japanese puts no other spaces between its words;
* **the suffix of a place**: a city, county, ward or town (``杭州市``, ``渋谷区``, ``湘潭县``,
  ``마포구``) after a province or another place, or at the start of an address;
* **the shape of a street address**: a road and its number (``文三路120号3单元502室``,
  ``神宮前4丁目28-11``, ``월드컵북로12길 34, 502호``);
* **the last word of an institution's name**: ``病院``, ``クリニック``, ``健康保険組合``, ``诊所``
  (not a generic one: ``当院``, ``大学病院``);
* **a vehicle cue**: ``車両番号``, ``车牌号``, ``차량번호`` and the plate after it.
"""

from __future__ import annotations

import re
from typing import Final

from ._span import Raw

_SCORE: Final = 0.9
_HAN = "\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # and the mark that repeats one: 佐々木
_KANA = "\u3040-\u30ff"
_HANGUL = "\uac00-\ud7af"
_CJK = _HAN + _KANA + _HANGUL

# the characters that say a text holds Chinese, Japanese or Korean at all
_ANY_CJK: Final = re.compile(f"[{_CJK}]")

# a count or a measure with the characters it is glued to, as Chinese, Japanese and Korean
# write them: "1錠", "7日間", "1日3回", "2型糖尿病", "3점", "8시간마다", "20単位", "mg/kg分2次",
# "錠3.75mg", "継続+ジャディアンス錠10mg追加": each number of up to four digits is followed by
# a unit or by the characters (no digit: "13826719054" is no four counts)
_GLUED_UNITS = "mg|g|mL|ml|kg|μg|µg|mm|cm|%|/"
# (and the full-width brackets and punctuation these scripts glue to their words: "qw（第5周起",
# a bracket after a unit, not a number: "25mg（オンジェンティス", not "6638（たかし）";
# a rate "98次/分", and a number of up to three digits ending the token: "狭窄90" before "%")
_FULL_WIDTH = "（）［］【】：；，、。％～()"  # (detection reads full-width brackets as ASCII ones)
_GLUED_COUNT: Final = re.compile(
    rf"[{_CJK}{_FULL_WIDTH}/a-zA-Z+]*"
    rf"(?:\d{{1,4}}(?:\.\d+)?(?:(?:{_GLUED_UNITS})[{_CJK}{_FULL_WIDTH}+/]*|(?![(（])[{_CJK}{_FULL_WIDTH}+/]+))*"
    r"(?:\d{1,3}(?:\.\d+)?)?"
)
_GLUED_NUMBER: Final = re.compile(rf"\d{{1,4}}(?:\.\d+)?(?:{_GLUED_UNITS})?")
# the characters of an address (lane, number, floor, room, block, ward), a date (year, month)
# and an age, after which a number is no count: "118巷7號3樓", "5月3日", "91歳"
_NOT_COUNTED: Final = frozenset("巷弄號号樓楼層层室番地丁目街路段区區번지동호층년월年月")
_AGE_MARKS: Final = frozenset("歳岁세살")
_NUMBERED: Final = frozenset("号號")
_OLDEST_UNMASKED_AGE: Final = 89
_YEARS_COUNTED: Final = re.compile(r"\d{1,2}")
# a month and a day, or a year, a month and a day, apart by slashes (not a tablet's "1/2錠")
_DIGITS_APART_BY_SLASH: Final = re.compile(r"\d/\d+(?![\d錠包本回個粒片丸支瓶袋枚管量倍次份])")
_ERA_BEFORE: Final = re.compile(r"(?:令和|平成|昭和|大正|明治|民國|民国)$")
# what makes a count a part of something else: a month before a Korean day ("5월 3일"), the
# number of a Korean plate after its syllable ("12가 3456")
_MONTH_BEFORE: Final = re.compile(r"[월月][ \t]?$")
_NUMBER_AFTER: Final = re.compile(r"[ \t]?\d{4}(?!\d)")


def count_in_cjk(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a count or a measure in Chinese, Japanese or Korean
    ("1錠", "1日3回"), not a part of an address, a date, an age or a plate ("7號3樓", "5月3日",
    "5월 3일", "91歳", "12가 3456")."""
    if _GLUED_COUNT.fullmatch(text, start, end) is None or not _ANY_CJK.search(text, start, end):
        return False
    if _DIGITS_APART_BY_SLASH.search(text, start, end):
        return False  # a date glued to words: "产检10/17", "已預約113/05/02"
    for m in _GLUED_NUMBER.finditer(text, start, end):
        after = text[m.end() : m.end() + 1]
        if after == "年" and _YEARS_COUNTED.fullmatch(m.group()) and not _ERA_BEFORE.search(
            text, max(0, m.start() - 2), m.start()
        ):
            continue  # a length of time, not a year: "高血压10年" (not "令和6年")
        if after in _NOT_COUNTED or text[m.start() - 1 : m.start()] in _NUMBERED:
            return False  # (or a number a label gives: "尾号8817的银行卡", a card ending 8817)
        if after in _AGE_MARKS and float(m.group()) > _OLDEST_UNMASKED_AGE:
            return False  # (an age is no count over 89: "91歳"; "67歳" stays)
    return (
        _MONTH_BEFORE.search(text, max(0, start - 2), start) is None
        and _NUMBER_AFTER.match(text, end) is None
    )

_PERSON_CUES = (
    "患者姓名|患者氏名|患者名|患者|病人姓名|病人|姓名|氏名|名前|主治医师|主治医生|主治医|主治醫師|担当医"
    "|住院醫師|住院医师|接诊医生|转诊医生|依頼医|医师|医師|醫師|护士|看護師|驾驶员|驾驶人|運転者|被保険者"
    "|被保险人|联系人|家属|申请人|检验者|檢驗者|审核者|審核者|审核药师|審核藥師|调配|調配|記載者|記録者"
    "|確認者|承認|院长|院長|届出人|申請者|筆頭者|世帯主|確認技師|検査技師|術者|助手|薬剤師|管理栄養士"
    "|担当者|管理者|受付者|点検者|作成者|ケアマネジャー|ケアマネ|介護支援専門員|保険医|告知者|立会者"
    "|説明者|同意者|代諾者|実施者|入力者|出力者|依頼者|報告者|判定者|調査者|回答者"
)
def _spaced(alternation: str) -> str:
    """``alternation`` with room for spaces between the syllables of each word before a
    colon: a Korean form spaces its labels out to line them up ("환 자 명 :", "성     명 :";
    not "처방 의료인", where "처방의" would be read)."""
    words = [word for word in alternation.split("|") if len(word) > 1]
    return alternation + "|" + "|".join("[ \t]+".join(word) + "(?=[ \t]*[:：])" for word in words)


_HANGUL_CUES = _spaced(
    "환자명|환자|성명|이름|주치의|처방의|담당의|전공의|피보험자|운전자|보호자|간호사|의사|장남|장녀"
)
# the words of a field's label after a cue, no name: "患者番号", "患者ID", "病人年龄"
_HAN_NOT_NAMES = (
    "番号|番號|编号|編號|号码|號碼|ID|年齢|年龄|年齡|性別|性别|住所|地址|電話|电话|签名|簽名|签字|簽字"
    "|指導|確認|記入|不在|同席|説明|対応|面談|外来|病棟|訪問|連携|相談|担当|業務|登録|名称|所在地"
)
# a relation between a cue and a name: "届出人：妻 大河内 節子"
_KIN = "妻|夫|長男|長女|次男|次女|父|母|息子|娘|兄|姉|弟|妹"
# the speaker of a chat's line, after its time and before a colon: "07:52 ちあき（夜勤リーダー）：",
# "08:06 ゆうき：", "17:26 黒川 舞："
_SPEAKER: Final = re.compile(
    rf"^[^\S\n]*(?:[\d/.-]+[^\S\n]+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[^\S\n]+"
    rf"([{_HAN}{_KANA}]{{1,4}}(?:[ \u3000][{_HAN}{_KANA}]{{1,4}})?)"
    r"(?=(?:[（(][^）)\n]{0,16}[）)])?[ \t]*[:：])",
    re.MULTILINE,
)
# a user name in Latin letters after a Japanese label of who did something: "出力者: dpc_tanabe",
# "受付者：ktakeda", "記録者：HCU看護師 ssuzuki", "点検者コメント（dpc_tanabe）"
_LOGIN: Final = re.compile(
    r"(?:出力者|受付者|記録者|確認者|申請者|入力者|作成者|更新者|操作者|担当者|実施者|点検者"
    r"|ユーザーID|ユーザー名|ユーザ名|ログインID|利用者ID)"
    rf"[^\S\n]*(?:コメント)?[（(:：=]?[^\S\n]*(?:[A-Z]{{0,4}}[{_HAN}{_KANA}]{{1,6}}[^\S\n]+)?"
    r"([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)(?![\w@.-])"
)
# A hospital's, a clinic's, a pharmacy's, an insurer's or an employer's name, by the word that
# ends it (or a company's, by the word before it): "市立あおば台病院",
# "かがやき訪問看護ステーション", "洛北製作所健康保険組合",
# "医療法人 桜和会 みなと台眼科クリニック", "株式会社 ミナトデジタル"
_FACILITY_HEADS = (
    "病院|医院|醫院|クリニック|診療所|医療センター|薬局|藥局|ステーション|健康保険組合|共済組合|保健所|斎場"
    "|株式会社|有限会社|诊所|診所|卫生院|衛生院|药房|藥房"
)
_FACILITY: Final = re.compile(
    r"(?:(?:社会医療法人|医療法人|独立行政法人|公益財団法人|一般財団法人|社会福祉法人)(?:社団|財団)?"
    rf"[ \u3000]?(?:[{_HAN}{_KANA}ー]{{1,10}}[ \u3000])?)?"
    rf"(?:株式会社[ \u3000]?[{_HAN}{_KANA}ー・]{{2,20}}"
    rf"|[{_HAN}{_KANA}ー・]{{2,16}}(?:{_FACILITY_HEADS}))"
)
# what opens a facility's name inside a sentence: the particle or the mark before it ("患者は")
_BEFORE_NAME_IN_SENTENCE: Final = re.compile(r".*[はをでへに、。・]")
# a facility's name that names none in particular: "当院", "大学病院", "調剤薬局",
# "訪問看護ステーション"
_GENERIC_FACILITY: Final = re.compile(
    r"(?:当|同|他|前|元|各|大学|総合|地域|専門|近医|近隣|協力|連携|基幹|救急|一般|かかりつけ|院外|当該|地元"
    r"|転院先|紹介元|紹介先|精神科|療養型|急性期|回復期|在宅|指定|かかりつけの|近くの|市内の|訪問看護|調剤"
    r"|保険|医療|歯科|眼科|小児科|内科|外科|整形外科|ナース)?"
    rf"(?:{_FACILITY_HEADS})"
)
# a name in katakana or hiragana, its two parts apart by a space: "マツモト　セイジ",
# "しもつま とよ"
_KANA_NAME = r"[ァ-ヶー]{1,8}[ \u3000][ァ-ヶー]{1,8}|[ぁ-ゖー]{1,8}[ \u3000][ぁ-ゖー]{1,8}"
# words that follow a cue and are no name: contact, details, state, consent, family, licence,
# a field's label, a department, a title, a role; and any number ("면허번호")
_HANGUL_NOT_NAMES = (
    "연락처|정보|상태|이름|성명|동의|본인|가족|보호자|기록|면허"
    "|원무과|전공의|선생님|경찰|예정|서명|확인|진단|가능|번호|병동|교수|간호사|의사|전문의|치료사|약사"
    "|외래|담당|환자|부위|사항|내용|결과|일자|주소|전화|명|과"
    "|아들|딸|남편|아내|부인|어머니|아버지|배우자|며느리|사위|손자|손녀|본인확인"
)
# a name after its cue: two or three Han characters (Chinese), a family and a given name
# apart by a space (Japanese), or two to four Hangul syllables (Korean)
_CUED_NAME: Final = re.compile(
    rf"(?:{_PERSON_CUES})(?:氏名|姓名|署名)?(?!{_HAN_NOT_NAMES})[ \t\u3000]*[:：]?[ \t\u3000]*"
    rf"(?:(?:{_KIN})[ \u3000]?)?(?!{_HAN_NOT_NAMES})"
    # (not the next field's label: "检验者：黎晓　审核者：覃志坚")
    rf"([{_HAN}]{{1,3}}[ \u3000][{_HAN}{_KANA}]{{1,4}}(?![{_HAN}{_KANA}]|[:：])"
    rf"|(?:{_KANA_NAME})(?![{_KANA}])|[{_HAN}]{{2,3}}(?![{_HAN}{_KANA}]))"
    rf"|(?:{_HANGUL_CUES})[ \t]?[:：]?[ \t]?"
    rf"(?!(?:{_HANGUL_NOT_NAMES})(?![{_HANGUL}])|[{_HANGUL}]*번호)([{_HANGUL}]{{2,4}})(?![{_HANGUL}])"
)
# A Japanese name apart by a space with no cue: kanji, a space, kanji or kana; not after a
# digit ("5日 受診") nor before one ("出生 民國20年"), not a cue ("運転者 小林"), not a
# clinical term in kanji that ends the way a disease, a history or a drug does ("既往歴 高血圧")
_TERM_ENDINGS = "歴症病炎剤薬術査値率量性圧痛癌瘍腫血尿便熱咳"
# nor a form's label and its value ("続柄 父", "性別 男", "職業 会社員", "採取者 助産師"): a label
# ends the way no family name does, and its value is a relation, a sex, a job or a state;
# nor a time of day and an order ("朝昼 新規", "就寝前 追加"), nor a heading spaced out letter by
# letter ("健 康 保 険")
_LABEL_ENDINGS = "者別柄業区科課式"
_NO_GIVEN_NAMES = (
    "父|母|男|女|妻|夫|兄|姉|弟|妹|長男|長女|次男|次女|祖母|祖父|本人|会社員|無職|普通|看護師|助産師|医師"
    "|受付|会計|単純|単語|追加|新規|継続|中止|変更|開始|終了|なし|あり|不明|未定|良好"
)
_TIMES_OF_DAY = "朝|昼|夕|朝昼|朝夕|昼夕|就寝前|眠前|食前|食後|毎食後"
_SPACED_NAME: Final = re.compile(
    rf"(?<![{_HAN}{_KANA}\d])(?!(?:{_PERSON_CUES}|{_TIMES_OF_DAY}|{_KIN})[ ])"
    rf"[{_HAN}]{{0,2}}[{_HAN}](?<![{_TERM_ENDINGS}{_LABEL_ENDINGS}])"
    rf" (?!(?:{_NO_GIVEN_NAMES})(?![{_HAN}{_KANA}]))[{_HAN}{_KANA}]{{0,2}}[{_HAN}{_KANA}]"
    rf"(?<![{_TERM_ENDINGS}])(?![{_HAN}{_KANA}\d])"
)
# a relative's name after the word for the relation: "長女 さつき", "妻 咲", "父 西田 勝則"
_KIN_NAME: Final = re.compile(
    rf"(?<![{_HAN}])(?:{_KIN})[ \u3000]"
    # (not the next field's label or a side of the body: "続柄 父　生年月日", "母 左手首")
    rf"(?!{_HAN_NOT_NAMES}|{_NO_GIVEN_NAMES}|生年月日|氏名|続柄|職業|同居|左|右)"
    rf"([{_HAN}]{{1,3}}[ \u3000][{_HAN}{_KANA}]{{1,4}}"
    rf"|[{_HAN}{_KANA}]{{1,4}})(?![{_HAN}{_KANA}])"
)
_TITLE_ENDS: Final = re.compile(r"[様殿]$")
# three or more characters apart by single spaces, as a heading spaces them out: "健 康 保 険"
_LETTER_SPACED: Final = re.compile(
    rf"(?<![{_HAN}{_KANA}])[{_HAN}{_KANA}](?: [{_HAN}{_KANA}]){{2,}}(?![{_HAN}{_KANA}])"
)
# The commonest Chinese family names (about nine in ten Chinese bear one), in simplified and
# traditional forms, and the compound ones: a name is one of them and a given name of one or
# two characters. They give a name away after a role's or a relation's cue and before a title
# ("报告医师：钱", "长子高晓峰", "胡女士", "郑主任"), where the cue alone cannot say how long it is.
CHINESE_SURNAMES: Final = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾"
    "肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范範金石廖贾賈夏韦韋付方"
    "白邹鄒孟熊秦邱江尹薛闫閻阎段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常樊"
    "葛殷俞倪康伍聂聶章季温溫邢施牛洪左齐齊柴洪詹易乔喬庞龐颜顏鲁魯岳翟赖賴游欧歐涂塗简簡骆駱卓"
    "柯凌彭包蓝藍桂商屠童甘宁寧舒祝纪紀车車耿文连連关關封焦柳晏瞿钮鈕楼樓党黨凤鳳安"
)
_COMPOUND_SURNAMES = (
    "欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|令狐|司徒|夏侯"
    "|长孙|長孫|宇文|端木"
)
_CHINESE_NAME = rf"(?:{_COMPOUND_SURNAMES}|[{CHINESE_SURNAMES}])"
# a role's label before its colon ("报告医师：", "经办人：", "记录者：", "醫檢師：MT-"), a
# relation before a name ("长子", "妻子", "女兒")
_ROLE_LABEL = (
    rf"[{_HAN}]{{0,4}}(?:医生|医师|醫師|醫生|护士|護士|药师|藥師|技师|技師|检师|檢師|者|人|员|員)"
    r"|签名|簽名|签字|簽字|复核|覆核|複核|核对|核對"
)
_RELATIONS = (
    "长子|長子|长女|長女|次子|次女|儿子|兒子|女儿|女兒|女婿|儿媳|兒媳|妻子|丈夫|老公|老婆|太太|"
    "母亲|母親|父亲|父親|之妹|之弟|之兄|之姐|妹妹|弟弟|哥哥|姐姐|孙子|孫子|孙女|孫女"
)
_CHINESE_TITLES = (
    "某|主任|医生|医师|醫師|醫生|大夫|先生|女士|小姐|老师|老師|护士|護士|老太|阿姨|科长|科長|处长|處長|院长|院長"
    "|教授|经理|經理"
)
_CHINESE_CUED_NAME: Final = re.compile(
    rf"(?:{_ROLE_LABEL})[ \u3000]?[:：][ \u3000]?(?:[A-Z]{{1,3}}-)?({_CHINESE_NAME}[{_HAN}]{{0,2}})"
    rf"(?![{_HAN}])"
    rf"|(?:{_RELATIONS})[（(]?({_CHINESE_NAME}[{_HAN}]{{1,2}})"
    # (after a patient's, a family's or an assistant's word too: "患者钟女士", "一助沈医师")
    rf"|(?:(?<![{_HAN}])|(?<=[者人友属屬助]))({_CHINESE_NAME})(?=[*＊○]|{_CHINESE_TITLES})"
)

# a name before a title: "山本 健一 様", "张伟医生", "김민수 님"; a Chinese name is taken
# from after a preposition or verb that may stand before it ("发送至张伟医生")
# ("主治医师", "送检医生": a role, not a name)
_ROLES = (
    "主治|主任|主管|副主任|住院|实习|经治|值班|管床|责任|担当|上级|送检|报告|审核|诊断|复核|记录|质控"
    "|转诊"
)
# the words before a Korean title that are a role or a department, no name: "담당 교수"
_KOREAN_ROLES = "담당|주치|지도|외래|전임|명예|초빙|수석|책임|병동|진료|의뢰|회송|해당|부|전"
_BEFORE_TITLE: Final = re.compile(
    rf"(?:[{_HAN}]{{1,3}} [{_HAN}{_KANA}]{{1,3}}|(?<=[至给与和及由请向被经为对把将])[{_HAN}]{{2,3}}"
    rf"|(?<![{_HAN}])(?!{_ROLES})[{_HAN}]{{2,3}}(?<![科院部室局課]))"
    rf"(?=[ ]?(?:様|さん|殿|先生|医師|氏(?![{_HAN}])|Dr\b|ちゃん|くん))"
    # (a Chinese title after a family name: "送检医生" and "副主任" are roles)
    rf"|(?:[{_HAN}]{{1,3}} [{_HAN}{_KANA}]{{1,3}}"
    rf"|(?<=[至给与和及由请向被经为对把将])(?!{_ROLES})[{_HAN}]{{2,3}}"
    rf"|(?<![{_HAN}])(?!{_ROLES}){_CHINESE_NAME}[{_HAN}]{{1,2}})"
    rf"(?=[ ]?(?:医生|医师|醫師|醫生|女士|主任|教授|护士长|護理長))"
    rf"|(?<![{_HANGUL}])[{_HANGUL}]{{2,4}}(?=[ ]?(?:님|씨)(?![{_HANGUL}]))"
    # a Korean name, or a surname alone, before a title: "맹재석 교수", "탁원장님", "수아쌤"
    rf"|(?<![{_HANGUL}])(?!{_KOREAN_ROLES})[{_HANGUL}]{{1,3}}(?=[ ]?(?:교수|원장|과장|선생님|쌤))"
)

# The commonest Korean family names (nearly every Korean bears one) and the roles and relations
# written before a name, apart from it by a space ("아들 손병철", "판독의: 서정우", "원장 윤",
# "간호사 하은"): a family name alone, or with a given name of one or two syllables
_KOREAN_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민나진지엄채원천방공"
    "현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈"
)
_KOREAN_COMPOUND_SURNAMES = "남궁|황보|제갈|선우|독고|사공|서문"
_KOREAN_CUES = _spaced(
    "아들|딸|남편|아내|부인|언니|오빠|누나|동생|어머니|아버지|모|부|보호자|행인|신고자|상담|원장|주치의"
    "|진료의|의뢰의|판독의|검사자|기록자|확인|집도의|조수|간호사|코디네이터|접수자|작성자|수진자명|세대주"
    "|담당|서명|환자|성명|보낸 사람|전문의|치료사|검토|약사|영양사|상담사"
)
# roles that end a longer word for the role: "언어치료사", "담당간호사", "내과전문의"
_KOREAN_GLUED_ROLES = "(?:치료사|간호사|전문의|약사|영양사|상담사)"
# a department between a cue and a name: "서명: 내분비내과 윤서진", "전문의 진단검사의학과"
_DEPARTMENT = rf"(?:[{_HANGUL}]{{1,8}}과[ \t]+)?"
# a family name alone stands before a title, a mark in its place or the line's end: "원장 윤",
# "변**", "주치의 권  │"
_KOREAN_SURNAME_ALONE_AFTER = r"(?=[ \t]*(?:[*○]|\n|│|$|교수|원장|선생|경장|처장|과장|판단))"
_KOREAN_CUED_NAME: Final = re.compile(
    rf"(?:(?<![{_HANGUL}])(?:{_KOREAN_CUES})|{_KOREAN_GLUED_ROLES})"
    rf"(?:[ \t]*[:：][ \t]*|[ \t]+)(?:[A-Z]{{1,3}}[0-9]?[ \t])?"
    rf"{_DEPARTMENT}"
    rf"(?!(?:{_HANGUL_NOT_NAMES})(?![{_HANGUL}]))"
    rf"((?:{_KOREAN_COMPOUND_SURNAMES}|[{_KOREAN_SURNAMES}])"
    rf"(?:[{_HANGUL}]{{1,2}}(?![{_HANGUL}])|{_KOREAN_SURNAME_ALONE_AFTER}))"
)

# a city, county, ward, town or village, after a province, a prefecture, another place, an
# address cue or no Han character at all
_PLACE: Final = re.compile(
    r"(?:(?<=[省都道府県州市区區县縣])|(?<=住址|地址|住所|籍贯|户籍)|(?<=現住所|居住地)"
    rf"|(?<![{_HAN}]))[{_HAN}]{{2,3}}(?:市|区|區|县|縣|镇|鎮|町|村|郡)"
)
# the places of a Korean address one after another: "주소: 서울특별시 마포구"
# (a health centre glued to its district: "광주 남구보건소")
_HANGUL_PLACE: Final = re.compile(
    rf"[ \t]*([{_HANGUL}]{{1,5}}(?:특별시|광역시|특별자치시|특별자치도|시|군|구|읍|면|동))"
    rf"(?:(?![{_HANGUL}])|(?<=구)(?=보건소))"
)
# an address's cue, a premises' location, or a province or a metropolitan city (not masked:
# a state's level) before the places under it: "소 재 지: 경기도 수원시 팔달구", "대구광역시 북구"
_KOREAN_ADDRESS_CUE: Final = re.compile(
    r"주[ \t]*소[ \t]*[:：]?|소[ \t]*재[ \t]*지[ \t]*[:：]?"
    r"|(?:경기|강원|충청북|충청남|전라북|전라남|경상북|경상남|제주)도(?= )"
    rf"|[{_HANGUL}]{{2,3}}(?:광역시|특별시|특별자치시|특별자치도)(?= )"
    r"|(?<![가-힣])(?:서울|부산|대구|인천|광주|대전|울산|세종)(?= [가-힣]{1,4}[구군])"
)
# a road and its number, and the unit after it
_STREET: Final = re.compile(
    rf"[{_HAN}\d]{{1,8}}(?:路|街|大道|巷|胡同)\d+号(?:\d+(?:栋|幢|单元|楼|层|室|号))*"
    rf"|[{_HANGUL}\d]{{1,12}}(?:로|길)[ ]?\d+(?:-\d+)?(?:길[ ]?\d+(?:-\d+)?)?(?:,[ ]?\d+호)?"
)
_STREET_HINTS: Final = ("号", "丁目", "로", "길")
# a Japanese block address with the prefecture, city, ward and district before it: the chōme,
# block and house ("春日町4丁目22番9号", "芝浦三丁目1番1号", "北二十四条西6丁目2-15",
# "新富町2丁目5番地7"), or three numbers apart by dashes ("中央2-14-7"), and the building and
# its room after a space ("ハイツ若葉203", "江坂メディカルビル2F")
_JP_NUMBER = r"[\d０-９一二三四五六七八九十〇]+"
_JP_BLOCK_ADDRESS: Final = re.compile(
    rf"(?<![{_HAN}{_KANA}])[{_HAN}{_KANA}]{{1,16}}?"
    rf"(?:{_JP_NUMBER}丁目(?:{_JP_NUMBER}(?:番地?|-)?)?(?:{_JP_NUMBER}(?:号|-{_JP_NUMBER})?)?"
    rf"|{_JP_NUMBER}(?:番地|番{_JP_NUMBER}号?)(?:{_JP_NUMBER}号?)?(?:先)?|\d+-\d+-\d+)"
    rf"(?:の{_JP_NUMBER})?(?:[ \u3000][{_HAN}{_KANA}A-Za-z]{{1,12}}\d{{1,4}}(?:号室?|[FＦ階])?)?"
)
# a date in Chinese or Japanese, with its era and its weekday in brackets: "2024年10月9日",
# "令和6年11月5日", "2月16日（金）";
# and a date of Taiwan's Minguo calendar, its year first: "110/03/02", "113.10.05"
_HAN_NUMERAL = "〇零一二三四五六七八九十百"
_HAN_DATE: Final = re.compile(
    rf"(?:(?:令和|平成|昭和|大正|明治|民國|民国)?(?:\d{{1,4}}|[{_HAN_NUMERAL}]{{1,4}}|元)年)?"
    rf"(?:\d{{1,2}}|[{_HAN_NUMERAL}]{{1,3}})月(?:\d{{1,2}}|[{_HAN_NUMERAL}]{{1,3}})日"
    r"(?:[（(][月火水木金土日一二三四五六][）)])?"
    # a part of a month: "9月末", "3月中旬"
    rf"|(?<![\d{_HAN_NUMERAL}])(?:(?:令和|平成|昭和|大正|明治)?(?:\d{{1,4}}|[{_HAN_NUMERAL}]{{1,4}}|元)年)?"
    rf"(?:\d{{1,2}}|[{_HAN_NUMERAL}]{{1,3}})月(?:末|上旬|中旬|下旬|初旬)"
    # a year and a month in words: "平成二十九年三月"
    rf"|(?:令和|平成|昭和|大正|明治|民國|民国)[{_HAN_NUMERAL}]{{1,4}}年[{_HAN_NUMERAL}]{{1,2}}月"
    # a year first that is no day (Taiwan's Minguo years, "053/02/14", "78/11/27")
    r"|(?<![\w/.])[MTSHR]?(?:3[2-9]|[4-9]\d|0\d\d|1[01]\d)([/.])(?:0?[1-9]|1[0-2])\1"
    r"(?:0?[1-9]|[12]\d|3[01])(?![\d/.])"
    r"|(?<![\d.])(?:19|20)\d\d\.[ ]?(?:0?[1-9]|1[0-2])\.[ ]?(?:0?[1-9]|[12]\d|3[01])\.?(?![\d])"
)
# a month and a day glued to the words after them ("10/18に転院", "8/1変更"), not a part of a
# tablet or a dose ("1/2錠")
_GLUED_MONTH_DAY: Final = re.compile(
    rf"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?=[{_CJK}])"
    r"(?![錠包本回個粒片丸支瓶袋枚管量倍次份])"
)
# an age over 89 in Chinese or Japanese numerals, "九十九歳", "百二歳", or its decade
_HAN_AGE: Final = re.compile(
    r"(?:九十[一二三四五六七八九]?|百[一二三四五六七八九十]{0,3})(?=[歳岁세])"
    r"|(?<![\d.])(?:9\d|1[01]\d)(?=代|대)"  # an age's decade: "90代女性"
)
_VEHICLE: Final = re.compile(
    r"(?:車両番号|车牌号码|车牌号|차량번호)[ \t:：]*([^、，；;,。\n]{2,16}?)(?=[、，；;,。\n]|$)"
)


def east_asian_spans(text: str) -> list[Raw]:
    """``(start, end, entity, score)`` for the names, places, streets and plates of Chinese,
    Japanese and Korean text (see the module docstring); none in a text without them."""
    if text.isascii() or _ANY_CJK.search(text) is None:
        return []
    out: list[Raw] = []
    for m in _CUED_NAME.finditer(text):
        group = 1 if m.group(1) else 2
        out.append((m.start(group), m.end(group), "PERSON", _SCORE))
    for m in _CHINESE_CUED_NAME.finditer(text):
        group = 1 if m.group(1) else 2 if m.group(2) else 3
        out.append((m.start(group), m.end(group), "PERSON", _SCORE))
    out += [(*m.span(1), "PERSON", _SCORE) for m in _KOREAN_CUED_NAME.finditer(text)]
    out += [(*m.span(1), "PERSON", _SCORE) for m in _KIN_NAME.finditer(text)]
    for m in _FACILITY.finditer(text):
        start = m.start()
        opening = _BEFORE_NAME_IN_SENTENCE.match(m.group())
        if opening is not None and not m.group().startswith(("医療法人", "株式会社")):
            start += opening.end()
        if not _GENERIC_FACILITY.fullmatch(text, start, m.end()):
            out.append((start, m.end(), "IDENTIFIER", _SCORE))
    if ":" in text or "：" in text:
        out += [(*m.span(1), "PERSON", _SCORE) for m in _SPEAKER.finditer(text)]
    logins = [m.span(1) for m in _LOGIN.finditer(text)]
    out += [(start, end, "IDENTIFIER", _SCORE) for start, end in logins if end - start > 2]
    spaced_out = [
        m.span() for m in _LETTER_SPACED.finditer(text) if not _TITLE_ENDS.search(m.group())
    ]
    out += [
        (*m.span(), "PERSON", _SCORE)
        for m in _SPACED_NAME.finditer(text)
        if not any(s <= m.start() and m.end() <= e for s, e in spaced_out)
    ]
    out += [(*m.span(), "PERSON", _SCORE) for m in _BEFORE_TITLE.finditer(text)]
    out += [(*m.span(), "CITY", _SCORE) for m in _PLACE.finditer(text)]
    for cue in _KOREAN_ADDRESS_CUE.finditer(text):
        place = _HANGUL_PLACE.match(text, cue.end())
        while place is not None:
            out.append((*place.span(1), "CITY", _SCORE))
            place = _HANGUL_PLACE.match(text, place.end())
    if any(hint in text for hint in _STREET_HINTS):
        out += [(*m.span(), "STREET_ADDRESS", _SCORE) for m in _STREET.finditer(text)]
    if "丁目" in text or "番" in text or "-" in text:
        out += [
            (*m.span(), "STREET_ADDRESS", _SCORE) for m in _JP_BLOCK_ADDRESS.finditer(text)
        ]
    out += [(*m.span(1), "VEHICLE", _SCORE) for m in _VEHICLE.finditer(text)]
    out += [(*m.span(), "DATE", _SCORE) for m in _HAN_DATE.finditer(text)]
    if "/" in text:
        out += [(*m.span(), "DATE", _SCORE) for m in _GLUED_MONTH_DAY.finditer(text)]
    out += [(*m.span(), "AGE", _SCORE) for m in _HAN_AGE.finditer(text)]
    return out
