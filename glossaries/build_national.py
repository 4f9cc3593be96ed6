#!/usr/bin/env python3
"""Build src/ttdn_i18n/glossaries/ttdn-national.tbx from the data tables in this file.

Deterministic: the same script always writes the same bytes.  Run from anywhere:

    python3 glossaries/build_national.py            # writes src/ttdn_i18n/glossaries/ttdn-national.tbx
    python3 glossaries/build_national.py --check    # rebuild in memory, compare, exit 1 if stale

Dialect: the martif/TBX-Basic dialect of ttdn-starter.tbx (see glossaries/README.md), plus
termEntry-level extensions:

    <descrip type="ttdn-source">       where the English comes from (every concept)
    <descrip type="ttdn-kind">         body | title | doctype | place | term | org-foreign
    <descrip type="ttdn-valid">        "until YYYY-MM-DD": the name stopped being used on that date
    <descrip type="ttdn-successor">    concept id of the body/unit that replaced it
    <descrip type="ttdn-deputy">       on a title: concept id of its deputy rank
    <descrip type="ttdn-deputy-word">  on a title: "Deputy" or "Vice", as the guidance gives it

Lao/Khmer terms are only those seen in use by the Lao/Khmer services of Vietnamese state
media or by Lao/Cambodian official bodies; each carries <note>attested: SOURCE</note> and
stays proposed.  Sources are listed in glossaries/SOURCES.md.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "ttdn_i18n" / "glossaries" / "ttdn-national.tbx"

# --- sources (short labels; SOURCES.md explains each) ------------------------------------
TT1 = "TT 03/2009/TT-BNG annex, table 1"
TT2 = "TT 03/2009/TT-BNG annex, table 2"
TT3 = "TT 03/2009/TT-BNG annex, table 3"
TT4 = "TT 03/2009/TT-BNG annex, table 4"
TT5 = "TT 03/2009/TT-BNG annex, table 5"
TT6 = "TT 03/2009/TT-BNG annex, table 6"
TT7 = "TT 03/2009/TT-BNG annex, table 7"
TT9 = "TT 03/2009/TT-BNG annex, table 9"
TT10 = "TT 03/2009/TT-BNG annex, table 10"
TT11 = "TT 03/2009/TT-BNG annex, table 11"
R176 = "NA Resolution 176/2025/QH15 (government structure from 2025-03-01); VietnamPlus/VNS English"
R178 = "NA Resolution 178/2025/QH15 (NA agencies, 2025-02-18); lawnet.vn English text; VNA usage"
R202 = "NA Resolution 202/2025/QH15 (provincial merger, new units operate from 2025-07-01)"
PARTY = "CPV English usage: Nhan Dan English / VietnamPlus"
PARTY25 = "Politburo decisions of Jan 2025 (e.g. 240-QD/TW); VNA English usage 2025"
VNA = "VietnamPlus (VNA) English usage"
VOVW = "VOV World / VietnamPlus English usage"
STARTER = "ttdn-starter.tbx (kept identical)"
OWN = "the organisation's own English name"
PLACE = "TT 03/2009/TT-BNG table 10 rule (names without diacritics); VNA spelling"
FOREIGN_PLACE = "English exonym as used by VNA; Vietnamese form as used by VNA/VOV"
DOC = "VNA English usage for Vietnamese legal/Party documents"
LOCAL25 = "Government decrees on provincial departments (2025 reorganisation); VNA usage"

# lo/km attestation sources
A_PASAXON = "pasaxon.org.la (Lao People's Revolutionary Party newspaper)"
A_VNALO = "VNA Lao service (vietnam.vnanet.vn/lao)"
A_VOVLO = "VOV World Lao (vovworld.vn/lo-LA)"
A_TDLO = "Thoi Dai Lao edition (huunghivietlao.thoidai.com.vn, VUFO)"
A_NALA = "na.gov.la (National Assembly of the Lao PDR)"
A_MAFLA = "lacp-maf.org (Lao Ministry of Agriculture and Forestry project site)"
A_LAOPEDIA = "laopedia.gov.la (Lao government encyclopedia)"
A_VNAKM = "VNA Khmer service (vietnam.vnanet.vn/khmer)"
A_VOVKM = "VOV World Khmer (vovworld.vn/km-KH)"
A_MFAKH = "mfaic.gov.kh (Cambodian Ministry of Foreign Affairs)"

CONCEPTS: list[dict] = []
_IDS: set[str] = set()


def C(cid, vi, en, kind, src, *, abbr=(), var=(), en_st="a", en_alt=(), en_bad=(), note="",
      valid="", succ="", deputy="", dword="", cs=False, lo=(), km=()):
    """Add one concept.  abbr: case-sensitive Vietnamese abbreviations; var: other full forms;
    en_st: 'a' approved / 'p' proposed; en_alt: proposed alternatives; en_bad: forbidden;
    lo/km: (text, source) pairs, all attested."""
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", cid), cid
    assert cid not in _IDS, f"duplicate id {cid}"
    _IDS.add(cid)
    CONCEPTS.append(dict(id=cid, vi=vi, en=en, kind=kind, src=src, abbr=list(abbr),
                         var=list(var), en_st=en_st, en_alt=list(en_alt), en_bad=list(en_bad),
                         note=note, valid=valid, succ=succ, deputy=deputy, dword=dword, cs=cs,
                         lo=list(lo), km=list(km)))


def title_pair(cid, vi, en, dcid, dvi, den, src, *, dword="Deputy", abbr=(), dabbr=(),
               en_st="a", note="", valid="", succ="", dsucc="", lo=(), km=(), dlo=(), dkm=(),
               var=(), dvar=()):
    """A title and its deputy rank, linked with ttdn-deputy."""
    C(cid, vi, en, "title", src, abbr=abbr, var=var, en_st=en_st, note=note, valid=valid,
      succ=succ, deputy=dcid, dword=dword, lo=lo, km=km)
    C(dcid, dvi, den, "title", src, abbr=dabbr, var=dvar, en_st=en_st, valid=valid, succ=dsucc,
      lo=dlo, km=dkm)


# =====================================================================================
# 1. State, President, Government
# =====================================================================================
C("nuoc-chxhcn-viet-nam", "Nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Socialist Republic of Vietnam",
  "body", TT1 + " (TT spells 'Viet Nam')", var=["Cộng hòa xã hội chủ nghĩa Việt Nam"],
  abbr=["CHXHCN Việt Nam"], en_alt=["Socialist Republic of Viet Nam"])
C("nha-nuoc", "Nhà nước", "State", "body", STARTER,
  note="The State as an institution (capitalised in Vietnamese).")
title_pair("chu-tich-nuoc", "Chủ tịch nước", "President", "pho-chu-tich-nuoc", "Phó Chủ tịch nước",
           "Vice President", TT1, dword="Vice",
           lo=[("ປະທານປະເທດ", A_PASAXON)], dlo=[("ຮອງປະທານປະເທດ", A_TDLO)],
           note="TT 03/2009: President of the Socialist Republic of Viet Nam; 'Phó' = Vice here.")
C("van-phong-chu-tich-nuoc", "Văn phòng Chủ tịch nước", "Office of the President", "body", TT5)
title_pair("chu-nhiem-vpctn", "Chủ nhiệm Văn phòng Chủ tịch nước", "Chairman of the Office of the President",
           "pho-chu-nhiem-vpctn", "Phó Chủ nhiệm Văn phòng Chủ tịch nước",
           "Vice Chairman of the Office of the President", TT5, dword="Vice",
           note="TT 03/2009 gives Chairman/Chairwoman; use Chairwoman for a woman.")
C("hoi-dong-quoc-phong-an-ninh", "Hội đồng Quốc phòng và An ninh", "National Defence and Security Council",
  "body", VNA)
C("chinh-phu", "Chính phủ", "Government", "body", STARTER + "; " + TT2)
C("thu-tuong", "Thủ tướng Chính phủ", "Prime Minister", "title", STARTER + "; " + TT4,
  var=["Thủ tướng"], deputy="pho-thu-tuong", dword="Deputy",
  lo=[("ນາຍົກລັດຖະມົນຕີ", A_PASAXON)], km=[("នាយករដ្ឋមន្ត្រី", A_VOVKM)])
C("pho-thu-tuong", "Phó Thủ tướng Chính phủ", "Deputy Prime Minister", "title", TT4,
  var=["Phó Thủ tướng"], lo=[("ຮອງນາຍົກລັດຖະມົນຕີ", A_PASAXON)])
C("pho-thu-tuong-thuong-truc", "Phó Thủ tướng Thường trực Chính phủ", "Permanent Deputy Prime Minister",
  "title", VNA, var=["Phó Thủ tướng Thường trực"])
title_pair("bo-truong", "Bộ trưởng", "Minister", "thu-truong", "Thứ trưởng", "Deputy Minister", TT4 + "; " + TT7,
           note="Generic; ministry-specific titles are separate concepts.",
           lo=[("ລັດຖະມົນຕີ", A_PASAXON)], dlo=[("ຮອງລັດຖະມົນຕີ", A_PASAXON)],
           dkm=[("អនុរដ្ឋមន្ត្រី", A_VNAKM)])
C("thu-truong-thuong-truc", "Thứ trưởng Thường trực", "Permanent Deputy Minister", "title", VNA)
C("thanh-vien-chinh-phu", "thành viên Chính phủ", "Cabinet member", "term", VNA, en_st="p")
C("co-quan-ngang-bo", "cơ quan ngang bộ", "ministerial-level agency", "term", TT2)
C("co-quan-thuoc-chinh-phu", "cơ quan thuộc Chính phủ", "government agency", "term", TT3,
  en_alt=["agency under the Government"])

# =====================================================================================
# 2. Ministries and ministerial-level agencies (TT 03/2009 table 2; 2025 structure)
# =====================================================================================
# (id, vi, en, vi-abbr, en-abbr, src, valid, successor, lo, km, en_alt)
MINISTRIES = [
    ("bo-quoc-phong", "Bộ Quốc phòng", "Ministry of National Defence", ["Bộ QP"], "MND", TT2, "", "", (), (), ()),
    ("bo-cong-an", "Bộ Công an", "Ministry of Public Security", [], "MPS", TT2, "", "", (), (), ()),
    ("bo-ngoai-giao", "Bộ Ngoại giao", "Ministry of Foreign Affairs", ["BNG"], "MOFA", TT2, "", "",
     [("ກະຊວງການຕ່າງປະເທດ", A_PASAXON)], [("ក្រសួងការបរទេស", A_VNAKM)], ()),
    ("bo-noi-vu", "Bộ Nội vụ", "Ministry of Home Affairs", [], "MOHA", TT2 + "; " + R176, "", "", (), (), ()),
    ("bo-tu-phap", "Bộ Tư pháp", "Ministry of Justice", [], "MOJ", TT2, "", "", (), (), ()),
    ("bo-tai-chinh", "Bộ Tài chính", "Ministry of Finance", [], "MOF", TT2 + "; " + R176, "", "", (), (), ()),
    ("bo-cong-thuong", "Bộ Công Thương", "Ministry of Industry and Trade", [], "MOIT", TT2, "", "", (), (), ()),
    ("bo-nong-nghiep-moi-truong", "Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment",
     ["Bộ NN&MT"], "MAE", R176, "", "", (), (), ()),
    ("bo-xay-dung", "Bộ Xây dựng", "Ministry of Construction", [], "MOC", TT2 + "; " + R176, "", "", (), (), ()),
    ("bo-vhttdl", "Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism",
     ["Bộ VHTTDL", "Bộ VH-TT&DL"], "MOCST", TT2, "", "", (), (), ()),
    ("bo-khcn", "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology", ["Bộ KH&CN"], "MOST",
     TT2 + "; " + R176, "", "", (), (), ()),
    ("bo-gddt", "Bộ Giáo dục và Đào tạo", "Ministry of Education and Training", ["Bộ GD&ĐT"], "MOET", TT2,
     "", "", (), (), ()),
    ("bo-y-te", "Bộ Y tế", "Ministry of Health", [], "MOH", TT2, "", "", (), (), ()),
    ("bo-dan-toc-ton-giao", "Bộ Dân tộc và Tôn giáo", "Ministry of Ethnic and Religious Affairs",
     ["Bộ DT&TG"], "", R176, "", "", (), (), ("Ministry of Ethnic Minorities and Religions",)),
    # pre-2025 ministries and ministerial-level agencies
    ("bo-khdt", "Bộ Kế hoạch và Đầu tư", "Ministry of Planning and Investment", ["Bộ KH&ĐT", "Bộ KHĐT"], "MPI",
     TT2, "until 2025-03-01", "bo-tai-chinh", (), (), ()),
    ("bo-ldtbxh", "Bộ Lao động - Thương binh và Xã hội", "Ministry of Labour, War Invalids and Social Affairs",
     ["Bộ LĐ-TB&XH", "Bộ LĐTBXH"], "MOLISA", TT2, "until 2025-03-01", "bo-noi-vu", (), (),
     ("Ministry of Labour, Invalids and Social Affairs",)),
    ("bo-gtvt", "Bộ Giao thông vận tải", "Ministry of Transport", ["Bộ GTVT"], "MOT", TT2, "until 2025-03-01",
     "bo-xay-dung", (), (), ()),
    ("bo-tttt", "Bộ Thông tin và Truyền thông", "Ministry of Information and Communications",
     ["Bộ TT&TT", "Bộ TTTT"], "MIC", TT2 + "; " + STARTER, "until 2025-03-01", "bo-khcn", (), (), ()),
    ("bo-nn-ptnt", "Bộ Nông nghiệp và Phát triển nông thôn", "Ministry of Agriculture and Rural Development",
     ["Bộ NN&PTNT"], "MARD", TT2, "until 2025-03-01", "bo-nong-nghiep-moi-truong", (), (), ()),
    ("bo-tnmt", "Bộ Tài nguyên và Môi trường", "Ministry of Natural Resources and Environment",
     ["Bộ TN&MT", "Bộ TNMT"], "MONRE", TT2, "until 2025-03-01", "bo-nong-nghiep-moi-truong", (), (), ()),
]
for (cid, vi, en, vabbr, eabbr, src, valid, succ, lo, km, alt) in MINISTRIES:
    note = f"English abbreviation: {eabbr}." if eabbr else ""
    if cid == "bo-tttt":
        note += " Press and external-information functions went to the Ministry of Culture, Sports and Tourism in 2025."
    C(cid, vi, en, "body", src, abbr=vabbr, en_alt=alt, note=note.strip(), valid=valid, succ=succ,
      lo=lo, km=km)
    ten = en.replace("Ministry of", "Minister of", 1)
    den = "Deputy " + ten
    base = cid[3:] if cid.startswith("bo-") else cid
    tabbr = ["Bộ trưởng " + a for a in vabbr]
    dabbr = ["Thứ trưởng " + a for a in vabbr]
    tlo, tkm, dlo = (), (), ()
    if cid == "bo-ngoai-giao":
        tlo = [("ລັດຖະມົນຕີກະຊວງການຕ່າງປະເທດ", A_PASAXON)]
        tkm = [("រដ្ឋមន្ត្រីការបរទេស", A_VNAKM)]
        dlo = [("ຮອງລັດຖະມົນຕີການຕ່າງປະເທດ", A_TDLO)]
    title_pair("bo-truong-" + base, "Bộ trưởng " + vi, ten, "thu-truong-" + base, "Thứ trưởng " + vi, den,
               TT4 + "; " + TT7 if not src.startswith("NA") else src, abbr=tabbr, dabbr=dabbr,
               valid=valid, succ=("bo-truong-" + succ[3:]) if succ else "",
               dsucc=("thu-truong-" + succ[3:]) if succ else "", lo=tlo, km=tkm, dlo=dlo)

# ministerial-level agencies with their own head titles
C("ngan-hang-nha-nuoc", "Ngân hàng Nhà nước Việt Nam", "State Bank of Vietnam", "body", TT2,
  abbr=["NHNN"], var=["Ngân hàng Nhà nước"], note="English abbreviation: SBV.")
title_pair("thong-doc-nhnn", "Thống đốc Ngân hàng Nhà nước Việt Nam", "Governor of the State Bank of Vietnam",
           "pho-thong-doc-nhnn", "Phó Thống đốc Ngân hàng Nhà nước Việt Nam",
           "Deputy Governor of the State Bank of Vietnam", TT4,
           var=["Thống đốc Ngân hàng Nhà nước"], dvar=["Phó Thống đốc Ngân hàng Nhà nước"],
           abbr=["Thống đốc NHNN"], dabbr=["Phó Thống đốc NHNN"])
C("thanh-tra-chinh-phu", "Thanh tra Chính phủ", "Government Inspectorate", "body", TT2,
  abbr=["TTCP"], note="English abbreviation: GI.")
title_pair("tong-thanh-tra-chinh-phu", "Tổng Thanh tra Chính phủ", "Inspector General of the Government Inspectorate",
           "pho-tong-thanh-tra-chinh-phu", "Phó Tổng Thanh tra Chính phủ",
           "Deputy Inspector General of the Government Inspectorate", TT4, en_st="p")
C("van-phong-chinh-phu", "Văn phòng Chính phủ", "Government Office", "body", TT2,
  abbr=["VPCP"], note="English abbreviation: GO.")
title_pair("chu-nhiem-vpcp", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ",
           "Minister, Chairman of the Government Office", "pho-chu-nhiem-vpcp",
           "Phó Chủ nhiệm Văn phòng Chính phủ", "Vice Chairman of the Government Office", TT4, dword="Vice",
           var=["Chủ nhiệm Văn phòng Chính phủ"])
C("uy-ban-dan-toc", "Ủy ban Dân tộc", "Committee for Ethnic Minority Affairs", "body", TT2,
  abbr=["UBDT"], note="English abbreviation: CEMA. Became the Ministry of Ethnic and Religious Affairs.",
  valid="until 2025-03-01", succ="bo-dan-toc-ton-giao")
title_pair("chu-nhiem-ubdt", "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc",
           "Minister, Chairman of the Committee for Ethnic Minority Affairs", "pho-chu-nhiem-ubdt",
           "Phó Chủ nhiệm Ủy ban Dân tộc", "Vice Chairman of the Committee for Ethnic Minority Affairs", TT4,
           dword="Vice", var=["Chủ nhiệm Ủy ban Dân tộc"], valid="until 2025-03-01",
           succ="bo-truong-dan-toc-ton-giao", dsucc="thu-truong-dan-toc-ton-giao")
C("ban-ton-giao-chinh-phu", "Ban Tôn giáo Chính phủ", "Government Committee for Religious Affairs", "body",
  TT9 + "; " + VNA, valid="until 2025-03-01", succ="bo-dan-toc-ton-giao",
  note="Was under the Ministry of Home Affairs; merged into the Ministry of Ethnic and Religious Affairs.")

# =====================================================================================
# 3. Government agencies and state bodies
# =====================================================================================
C("ttxvn-full", "Thông tấn xã Việt Nam", "Vietnam News Agency", "body", TT3 + "; " + STARTER,
  abbr=["TTXVN"], note="English abbreviation: VNA.")
C("dai-tieng-noi-viet-nam", "Đài Tiếng nói Việt Nam", "Voice of Vietnam", "body", TT3 + "; " + OWN,
  abbr=["VOV"], note="English abbreviation: VOV. Its external service is VOV World (VOV5).")
C("dai-truyen-hinh-viet-nam", "Đài Truyền hình Việt Nam", "Vietnam Television", "body", TT3 + "; " + OWN,
  abbr=["VTV"])
C("bhxh-viet-nam", "Bảo hiểm xã hội Việt Nam", "Vietnam Social Security", "body", TT3,
  abbr=["BHXH Việt Nam"], note="Placed under the Ministry of Finance from 2025-03-01.")
C("ban-quan-ly-lang", "Ban Quản lý Lăng Chủ tịch Hồ Chí Minh", "Ho Chi Minh Mausoleum Management Board", "body",
  TT3, en_st="p")
C("vien-han-lam-khxh", "Viện Hàn lâm Khoa học xã hội Việt Nam", "Vietnam Academy of Social Sciences", "body",
  TT3 + "; " + OWN, note="English abbreviation: VASS.")
C("vien-han-lam-khcn", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Vietnam Academy of Science and Technology",
  "body", TT3 + "; " + OWN, note="English abbreviation: VAST.")
C("uy-ban-quan-ly-von", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp",
  "Commission for the Management of State Capital at Enterprises", "body", OWN,
  note="English abbreviation: CMSC. Dissolved in 2025, functions to the Ministry of Finance.",
  valid="until 2025-03-01", succ="bo-tai-chinh")
C("hoc-vien-ctqg-hcm", "Học viện Chính trị quốc gia Hồ Chí Minh", "Ho Chi Minh National Academy of Politics",
  "body", OWN + "; " + VNA)
title_pair("giam-doc-hvctqg", "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh",
           "President of the Ho Chi Minh National Academy of Politics", "pho-giam-doc-hvctqg",
           "Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh",
           "Vice President of the Ho Chi Minh National Academy of Politics", VNA, dword="Vice", en_st="p")
C("kiem-toan-nha-nuoc", "Kiểm toán Nhà nước", "State Audit Office of Vietnam", "body", OWN,
  note="English abbreviation: SAV.")
C("tong-kiem-toan-nha-nuoc", "Tổng Kiểm toán Nhà nước", "State Auditor General", "title", VNA)
C("hoi-dong-bau-cu-qg", "Hội đồng Bầu cử Quốc gia", "National Election Council", "body", VNA,
  km=[("ក្រុមប្រឹក្សាជាតិរៀបចំការបោះឆ្នោត", A_VOVKM)])
for cid, org, en_org in [("ttxvn", "Thông tấn xã Việt Nam", "Vietnam News Agency"),
                         ("vov", "Đài Tiếng nói Việt Nam", "Voice of Vietnam"),
                         ("vtv", "Đài Truyền hình Việt Nam", "Vietnam Television")]:
    abbr = {"ttxvn": "TTXVN", "vov": "VOV", "vtv": "VTV"}[cid]
    title_pair("tong-giam-doc-" + cid, "Tổng Giám đốc " + org, "General Director of " + en_org,
               "pho-tong-giam-doc-" + cid, "Phó Tổng Giám đốc " + org, "Deputy General Director of " + en_org,
               TT9 + "; " + VNA, abbr=["Tổng Giám đốc " + abbr], dabbr=["Phó Tổng Giám đốc " + abbr])
C("bao-nhan-dan", "Báo Nhân Dân", "Nhan Dan newspaper", "body", OWN, note="Organ of the CPV; English site en.nhandan.vn.")
C("tap-chi-cong-san", "Tạp chí Cộng sản", "Communist Review", "body", OWN)
C("bao-qdnd", "Báo Quân đội nhân dân", "People's Army Newspaper", "body", OWN, abbr=["Báo QĐND"])
C("cong-ttdt-chinh-phu", "Cổng Thông tin điện tử Chính phủ", "Government Portal", "body", OWN, en_st="p")
C("dai-hoc-quoc-gia-ha-noi", "Đại học Quốc gia Hà Nội", "Vietnam National University, Hanoi", "body", OWN,
  abbr=["ĐHQG Hà Nội"])
C("dai-hoc-quoc-gia-tphcm", "Đại học Quốc gia Thành phố Hồ Chí Minh", "Vietnam National University, Ho Chi Minh City",
  "body", OWN, abbr=["ĐHQG TP.HCM"])

# Ministry units named in external-information news
C("uy-ban-nguoi-vn-o-nn", "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "State Committee for Overseas Vietnamese",
  "body", OWN + " (MOFA unit)", note="English abbreviation: SCOV.")
C("hoc-vien-ngoai-giao", "Học viện Ngoại giao", "Diplomatic Academy of Vietnam", "body", OWN)
C("cuc-lanh-su", "Cục Lãnh sự", "Consular Department", "body", OWN + " (MOFA unit)")
C("cuc-le-tan-nha-nuoc", "Cục Lễ tân Nhà nước", "State Protocol Department", "body", OWN + " (MOFA unit)")
C("vu-thong-tin-bao-chi", "Vụ Thông tin Báo chí", "Press and Information Department", "body", OWN + " (MOFA unit)",
  note="Its head is the MOFA spokesperson's department.")
C("nguoi-phat-ngon-bng", "Người Phát ngôn Bộ Ngoại giao", "Spokesperson of the Ministry of Foreign Affairs", "title",
  VNA)
C("cuc-thong-tin-doi-ngoai", "Cục Thông tin đối ngoại", "Department of External Information", "body",
  OWN + " (MIC unit)", en_st="p",
  note="MIC unit; moved with press functions in the 2025 reorganisation (check the current name).")
C("cuc-bao-chi", "Cục Báo chí", "Press Agency", "body", OWN + " (MIC unit; English name varies)", en_st="p")
C("vu-hop-tac-quoc-te", "Vụ Hợp tác quốc tế", "Department of International Cooperation", "body", TT6)
C("vu-phap-che", "Vụ Pháp chế", "Department of Legal Affairs", "body", TT6)
C("vu-to-chuc-can-bo", "Vụ Tổ chức cán bộ", "Department of Personnel and Organisation", "body", TT6)
C("van-phong-bo", "Văn phòng Bộ", "Ministry Office", "body", TT6)
C("thanh-tra-bo", "Thanh tra Bộ", "Ministry Inspectorate", "body", TT6)
C("tong-cuc", "Tổng cục", "General Department", "body", TT6 + " (TT: Directorate); VNA usage",
  en_alt=["Directorate"], cs=True, note="Capitalised unit name only.")
title_pair("tong-cuc-truong", "Tổng cục trưởng", "General Director of the General Department",
           "pho-tong-cuc-truong", "Phó Tổng cục trưởng", "Deputy General Director of the General Department",
           TT7 + "; " + VNA, en_st="p",
           note="Generic rank. With a named unit write 'General Director of the General Department of X'.")
title_pair("cuc-truong", "Cục trưởng", "Director General", "pho-cuc-truong", "Phó Cục trưởng",
           "Deputy Director General", TT7, note="TT table 7 (units of a ministry); table 9 gives Director / "
           "Deputy Director for a Cục inside a General Department.")
title_pair("chanh-van-phong-bo", "Chánh Văn phòng Bộ", "Chief of the Ministry Office", "pho-chanh-van-phong-bo",
           "Phó Chánh Văn phòng Bộ", "Deputy Chief of the Ministry Office", TT7 + "; " + TT9)
C("tong-giam-doc", "Tổng Giám đốc", "General Director", "title", TT9 + "; " + VNA,
  deputy="pho-tong-giam-doc", dword="Deputy")
C("pho-tong-giam-doc", "Phó Tổng giám đốc", "Deputy General Director", "title", STARTER)

# armed forces often in border/external news
C("quan-doi-nhan-dan-vn", "Quân đội nhân dân Việt Nam", "Vietnam People's Army", "body", OWN, abbr=["QĐND Việt Nam"])
C("cong-an-nhan-dan", "Công an nhân dân", "People's Public Security", "body", VNA)
C("bo-doi-bien-phong", "Bộ đội Biên phòng", "Border Guard", "body", VNA, abbr=["BĐBP"])
C("bo-tu-lenh-bdbp", "Bộ Tư lệnh Bộ đội Biên phòng", "Border Guard High Command", "body", VNA, abbr=["BTL BĐBP"])
C("canh-sat-bien", "Cảnh sát biển Việt Nam", "Vietnam Coast Guard", "body", OWN, abbr=["CSB Việt Nam"])

# =====================================================================================
# 4. Communist Party of Vietnam: central bodies, commissions, titles
# =====================================================================================
C("dang", "Đảng", "Party", "body", STARTER, note="Capitalised: the Communist Party of Vietnam.")
C("dang-cong-san-vn", "Đảng Cộng sản Việt Nam", "Communist Party of Vietnam", "body", STARTER, abbr=["ĐCSVN"],
  en_bad=["Vietnamese Communist Party"], lo=[("ພັກກອມມູນິດຫວຽດນາມ", A_PASAXON + "; " + A_VNALO)])
C("bch-tw", "Ban Chấp hành Trung ương Đảng", "Party Central Committee", "body", STARTER,
  var=["Ban Chấp hành Trung ương"], abbr=["BCH Trung ương", "BCHTW", "BCH TW"],
  lo=[("ຄະນະບໍລິຫານງານສູນກາງພັກ", A_PASAXON)])
C("bo-chinh-tri", "Bộ Chính trị", "Politburo", "body", STARTER, en_bad=["Ministry of Politics"],
  lo=[("ກົມການເມືອງ", A_VNALO)])
C("ban-bi-thu", "Ban Bí thư", "Secretariat", "body", PARTY, note="The Party Central Committee's Secretariat.")
C("tong-bi-thu", "Tổng Bí thư", "General Secretary", "title", STARTER,
  lo=[("ເລຂາທິການໃຫຍ່", A_PASAXON + "; " + A_VNALO)], km=[("អគ្គលេខាបក្ស", A_VNAKM)],
  note="Has no deputy rank.")
C("thuong-truc-ban-bi-thu", "Thường trực Ban Bí thư", "Permanent Member of the Secretariat", "title", PARTY)
C("uy-vien-bo-chinh-tri", "Ủy viên Bộ Chính trị", "Politburo member", "title", PARTY,
  lo=[("ກຳມະການກົມການເມືອງສູນກາງພັກ", A_PASAXON)])
C("uy-vien-ban-bi-thu", "Ủy viên Ban Bí thư", "member of the Secretariat", "title", PARTY)
C("bi-thu-tw", "Bí thư Trung ương Đảng", "Secretary of the Party Central Committee", "title", STARTER)
C("uy-vien-bch-tw", "Ủy viên Ban Chấp hành Trung ương Đảng", "member of the Party Central Committee", "title", PARTY,
  var=["Ủy viên Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương"],
  lo=[("ກຳມະການສູນກາງພັກ", A_PASAXON)])
C("uy-vien-du-khuyet-tw", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng",
  "alternate member of the Party Central Committee", "title", PARTY,
  var=["Ủy viên dự khuyết Trung ương Đảng"])
C("hoi-nghi-trung-uong", "Hội nghị Trung ương", "Party Central Committee plenum", "term", VNA, en_st="p",
  note="e.g. 'Hội nghị Trung ương 11' = the 11th plenum of the Party Central Committee.")
C("dai-hoi-dang-toan-quoc", "Đại hội đại biểu toàn quốc của Đảng", "National Party Congress", "term", PARTY,
  var=["Đại hội Đảng toàn quốc"])
C("dieu-le-dang", "Điều lệ Đảng", "Party Statute", "term", PARTY)
for _n, _roman, _en in ((13, "XIII", "13th"), (14, "XIV", "14th")):
    C(f"dai-hoi-{_n}", f"Đại hội Đảng lần thứ {_roman}", f"{_en} National Party Congress", "term",
      STARTER if _n == 13 else PARTY,
      var=[f"Đại hội {_roman} của Đảng", f"Đại hội đại biểu toàn quốc lần thứ {_roman} của Đảng",
           f"Đại hội lần thứ {_roman} của Đảng", f"Đại hội Đảng toàn quốc lần thứ {_roman}"])
C("van-kien-dai-hoi", "Văn kiện Đại hội", "Congress documents", "term", PARTY, en_st="p")

# central commissions: (id, vi, en, head word vi, head en, deputy vi, deputy en, dword, src, valid, succ, extra)
CENTRAL = [
    ("ban-to-chuc-tw", "Ban Tổ chức Trung ương", "Central Organisation Commission", "Trưởng", "Head",
     "Phó Trưởng", "Deputy Head", "Deputy", PARTY, "", "", ["Ban Tổ chức TW"], ()),
    ("ban-tuyen-giao-tw", "Ban Tuyên giáo Trung ương", "Central Commission for Communication and Education",
     "Trưởng", "Head", "Phó Trưởng", "Deputy Head", "Deputy", STARTER + "; " + PARTY, "until 2025-02-01",
     "ban-tuyen-giao-dan-van-tw", ["Ban Tuyên giáo TW"], ()),
    ("ban-dan-van-tw", "Ban Dân vận Trung ương", "Central Mass Mobilisation Commission", "Trưởng", "Head",
     "Phó Trưởng", "Deputy Head", "Deputy", PARTY, "until 2025-02-01", "ban-tuyen-giao-dan-van-tw",
     ["Ban Dân vận TW"], ()),
    ("ban-tuyen-giao-dan-van-tw", "Ban Tuyên giáo và Dân vận Trung ương",
     "Central Propaganda and Mass Mobilisation Commission", "Trưởng", "Head", "Phó Trưởng", "Deputy Head",
     "Deputy", PARTY25 + " (Decision 240-QD/TW, 2025-01-24)", "", "", ["Ban Tuyên giáo và Dân vận TW"], ()),
    ("ban-doi-ngoai-tw", "Ban Đối ngoại Trung ương", "Central External Relations Commission", "Trưởng", "Head",
     "Phó Trưởng", "Deputy Head", "Deputy", PARTY, "until 2025-03-01", "bo-ngoai-giao", ["Ban Đối ngoại TW"],
     [("ຄະນະພົວພັນຕ່າງປະເທດສູນກາງພັກ", A_PASAXON + " (the LPRP's own commission)")]),
    ("ban-kinh-te-tw", "Ban Kinh tế Trung ương", "Central Economic Commission", "Trưởng", "Head", "Phó Trưởng",
     "Deputy Head", "Deputy", PARTY, "until 2025-02-01", "ban-chinh-sach-chien-luoc-tw", ["Ban Kinh tế TW"], ()),
    ("ban-chinh-sach-chien-luoc-tw", "Ban Chính sách, chiến lược Trung ương", "Central Policy and Strategy Commission",
     "Trưởng", "Head", "Phó Trưởng", "Deputy Head", "Deputy", PARTY25, "", "", ["Ban Chính sách, chiến lược TW"], ()),
    ("ban-noi-chinh-tw", "Ban Nội chính Trung ương", "Central Internal Affairs Commission", "Trưởng", "Head",
     "Phó Trưởng", "Deputy Head", "Deputy", PARTY, "", "", ["Ban Nội chính TW"], ()),
    ("ubkt-tw", "Ủy ban Kiểm tra Trung ương", "Central Inspection Commission", "Chủ nhiệm", "Chairman",
     "Phó Chủ nhiệm", "Vice Chairman", "Vice", PARTY, "", "", ["UBKT Trung ương", "UBKTTW", "UBKT TW"], ()),
]
for (cid, vi, en, hv, he, dv, de, dword, src, valid, succ, abbr, lo) in CENTRAL:
    note = ""
    if cid == "ban-tuyen-giao-tw":
        note = ("Official English 2017-2025: 'Central Commission for Communication and Education' "
                "(the Party Central Committee's Commission for Communication and Education).")
    if cid == "ban-tuyen-giao-dan-van-tw":
        note = ("Merger of the Central Commission for Communication and Education and the Central Mass "
                "Mobilisation Commission (2025). VietnamPlus also writes 'Commission for Information, "
                "Education and Mass Mobilisation'.")
    if cid == "ban-doi-ngoai-tw":
        note = "Ceased operating in 2025; its tasks went to the Ministry of Foreign Affairs and the Party Central Office."
    alt = ["Central Propaganda Commission"] if cid == "ban-tuyen-giao-tw" else []
    bad = ["Central Propaganda Department"] if cid == "ban-tuyen-giao-tw" else []
    C(cid, vi, en, "body", src, abbr=abbr, en_alt=alt, en_bad=bad, note=note, valid=valid, succ=succ, lo=lo)
    hid = ("truong-" if hv == "Trưởng" else "chu-nhiem-") + cid
    did = ("pho-truong-" if hv == "Trưởng" else "pho-chu-nhiem-") + cid
    hs = ("truong-" if hv == "Trưởng" else "chu-nhiem-") + succ if succ.startswith("ban-") else ""
    ds = ("pho-truong-" if hv == "Trưởng" else "pho-chu-nhiem-") + succ if succ.startswith("ban-") else ""
    title_pair(hid, hv + " " + vi, he + " of the " + en, did, dv + " " + vi, de + " of the " + en,
               src, dword=dword, abbr=[hv + " " + a for a in abbr], dabbr=[dv + " " + a for a in abbr],
               en_st="a" if cid != "ubkt-tw" else "p", valid=valid, succ=hs, dsucc=ds)
C("van-phong-tw-dang", "Văn phòng Trung ương Đảng", "Office of the Party Central Committee", "body", PARTY,
  abbr=["Văn phòng TW Đảng"])
title_pair("chanh-van-phong-tw-dang", "Chánh Văn phòng Trung ương Đảng",
           "Chief of the Office of the Party Central Committee", "pho-chanh-van-phong-tw-dang",
           "Phó Chánh Văn phòng Trung ương Đảng", "Deputy Chief of the Office of the Party Central Committee", PARTY)
C("hoi-dong-ly-luan-tw", "Hội đồng Lý luận Trung ương", "Central Theoretical Council", "body", PARTY)
C("quan-uy-tw", "Quân ủy Trung ương", "Central Military Commission", "body", PARTY)
C("dang-uy-cong-an-tw", "Đảng ủy Công an Trung ương", "Central Public Security Party Committee", "body", PARTY)
C("dang-uy-chinh-phu", "Đảng ủy Chính phủ", "Government Party Committee", "body", PARTY25, en_st="p")
C("dang-uy-quoc-hoi", "Đảng ủy Quốc hội", "National Assembly Party Committee", "body", PARTY25, en_st="p")
C("dang-uy-cac-co-quan-dang-tw", "Đảng ủy các cơ quan Đảng Trung ương", "Party Committee of Central Party Agencies",
  "body", PARTY25)
C("dang-uy-mttq-doan-the-tw", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
  "Party Committee of the Vietnam Fatherland Front and Central Mass Organisations", "body", PARTY25, en_st="p")
C("ban-can-su-dang-chinh-phu", "Ban Cán sự đảng Chính phủ", "Government's Party Personnel Committee", "body", PARTY,
  en_st="p", valid="until 2025-02-01", succ="dang-uy-chinh-phu")
C("dang-doan-quoc-hoi", "Đảng đoàn Quốc hội", "National Assembly's Party Delegation", "body", PARTY,
  en_st="p", valid="until 2025-02-01", succ="dang-uy-quoc-hoi")
C("dang-uy-khoi-co-quan-tw", "Đảng ủy Khối các cơ quan Trung ương", "Party Committee of the Bloc of Central Agencies",
  "body", PARTY, en_st="p", valid="until 2025-02-01", succ="dang-uy-cac-co-quan-dang-tw")
C("dang-uy-khoi-doanh-nghiep-tw", "Đảng ủy Khối Doanh nghiệp Trung ương",
  "Party Committee of the Bloc of Central Enterprises", "body", PARTY, en_st="p", valid="until 2025-02-01",
  succ="dang-uy-chinh-phu")
C("dang-bo", "Đảng bộ", "Party Organisation", "body", STARTER)
C("to-chuc-dang", "tổ chức Đảng", "Party unit", "body", STARTER + " (starter: 'Party organisation')", en_st="p",
  note="The starter's 'Party organisation' differs from 'Party Organisation' (Đảng bộ) only by case, so it is "
  "worded differently here.")
C("dang-vien", "đảng viên", "Party member", "term", STARTER)
C("cap-uy", "cấp ủy", "Party committee", "body", STARTER)

# =====================================================================================
# 5. National Assembly
# =====================================================================================
C("quoc-hoi", "Quốc hội", "National Assembly", "body", STARTER + "; " + OWN, note="English abbreviation: NA.",
  lo=[("ສະພາແຫ່ງຊາດ", A_NALA)], km=[("រដ្ឋសភា", A_VOVKM)])
C("ubtvqh", "Ủy ban Thường vụ Quốc hội", "National Assembly Standing Committee", "body", OWN + "; " + VNA,
  abbr=["UBTVQH"], lo=[("ຄະນະປະຈຳສະພາແຫ່ງຊາດ", A_NALA + " (the Lao NA's own standing committee)")])
title_pair("chu-tich-quoc-hoi", "Chủ tịch Quốc hội", "Chairman of the National Assembly", "pho-chu-tich-quoc-hoi",
           "Phó Chủ tịch Quốc hội", "Vice Chairman of the National Assembly", OWN + "; " + VNA, dword="Vice",
           km=[("ប្រធានរដ្ឋសភា", A_VOVKM)], dlo=[("ຮອງປະທານສະພາແຫ່ງຊາດ", A_PASAXON)],
           note="Chairwoman for a woman.")
C("tong-thu-ky-quoc-hoi", "Tổng Thư ký Quốc hội", "Secretary General of the National Assembly", "title", VNA)
C("van-phong-quoc-hoi", "Văn phòng Quốc hội", "Office of the National Assembly", "body", OWN)
C("dai-bieu-quoc-hoi", "đại biểu Quốc hội", "National Assembly deputy", "title", VNA, abbr=["ĐBQH"],
  lo=[("ສະມາຊິກສະພາແຫ່ງຊາດ", A_NALA)])
C("doan-dbqh-tinh", "Đoàn đại biểu Quốc hội tỉnh", "provincial delegation of National Assembly deputies", "body",
  VNA, abbr=["Đoàn ĐBQH tỉnh"], en_st="p")
C("ky-hop-quoc-hoi", "kỳ họp Quốc hội", "National Assembly session", "term", VNA)
C("hoi-dong-dan-toc", "Hội đồng Dân tộc", "Ethnic Council", "body", OWN + "; " + R178)
title_pair("chu-tich-hoi-dong-dan-toc", "Chủ tịch Hội đồng Dân tộc", "Chairman of the Ethnic Council",
           "pho-chu-tich-hoi-dong-dan-toc", "Phó Chủ tịch Hội đồng Dân tộc", "Vice Chairman of the Ethnic Council",
           VNA, dword="Vice")
NA_COMMITTEES = [
    # new (from 2025-02-18)
    ("uy-ban-phap-luat-tu-phap", "Ủy ban Pháp luật và Tư pháp", "Committee for Legal and Judicial Affairs", R178, "", "", "a"),
    ("uy-ban-kinh-te-tai-chinh", "Ủy ban Kinh tế và Tài chính", "Committee for Economic and Financial Affairs", R178, "", "", "a"),
    ("uy-ban-qp-an-doi-ngoai", "Ủy ban Quốc phòng, An ninh và Đối ngoại",
     "Committee for National Defence, Security and Foreign Affairs", R178, "", "", "p"),
    ("uy-ban-van-hoa-xa-hoi", "Ủy ban Văn hóa và Xã hội", "Committee for Culture and Society", R178, "", "", "a"),
    ("uy-ban-khcn-mt", "Ủy ban Khoa học, Công nghệ và Môi trường", "Committee for Science, Technology and Environment",
     R178, "", "", "a"),
    ("uy-ban-cong-tac-dai-bieu", "Ủy ban Công tác đại biểu", "Committee for Deputies' Affairs", R178, "", "", "p"),
    ("uy-ban-dan-nguyen-giam-sat", "Ủy ban Dân nguyện và Giám sát", "Committee for People's Petitions and Supervision",
     R178, "", "", "p"),
    # before 2025
    ("uy-ban-phap-luat", "Ủy ban Pháp luật", "Committee for Legal Affairs", VNA, "until 2025-03-01",
     "uy-ban-phap-luat-tu-phap", "a"),
    ("uy-ban-tu-phap", "Ủy ban Tư pháp", "Committee for Judicial Affairs", VNA, "until 2025-03-01",
     "uy-ban-phap-luat-tu-phap", "a"),
    ("uy-ban-kinh-te", "Ủy ban Kinh tế", "Economic Committee", VNA, "until 2025-03-01", "uy-ban-kinh-te-tai-chinh", "a"),
    ("uy-ban-tai-chinh-ngan-sach", "Ủy ban Tài chính, Ngân sách", "Finance and Budget Committee", VNA,
     "until 2025-03-01", "uy-ban-kinh-te-tai-chinh", "a"),
    ("uy-ban-quoc-phong-an-ninh", "Ủy ban Quốc phòng và An ninh", "Committee for National Defence and Security", VNA,
     "until 2025-03-01", "uy-ban-qp-an-doi-ngoai", "a"),
    ("uy-ban-doi-ngoai", "Ủy ban Đối ngoại", "Committee for External Relations", VNA, "until 2025-03-01",
     "uy-ban-qp-an-doi-ngoai", "a"),
    ("uy-ban-van-hoa-giao-duc", "Ủy ban Văn hóa, Giáo dục", "Committee for Culture and Education", VNA,
     "until 2025-03-01", "uy-ban-van-hoa-xa-hoi", "a"),
    ("uy-ban-xa-hoi", "Ủy ban Xã hội", "Committee for Social Affairs", VNA, "until 2025-03-01",
     "uy-ban-van-hoa-xa-hoi", "a"),
    ("ban-cong-tac-dai-bieu", "Ban Công tác đại biểu", "Delegation Affairs Committee", VNA, "until 2025-03-01",
     "uy-ban-cong-tac-dai-bieu", "p"),
    ("ban-dan-nguyen", "Ban Dân nguyện", "People's Petition Committee", VNA, "until 2025-03-01",
     "uy-ban-dan-nguyen-giam-sat", "p"),
]
for (cid, vi, en, src, valid, succ, st) in NA_COMMITTEES:
    C(cid, vi, en, "body", src, var=[vi + " của Quốc hội"], en_st=st, valid=valid, succ=succ,
      note="A committee of the National Assembly." if not cid.startswith("ban-") else
      "A committee of the National Assembly Standing Committee.")
    head = "Trưởng" if cid.startswith("ban-") else "Chủ nhiệm"
    dhead = "Phó Trưởng" if cid.startswith("ban-") else "Phó Chủ nhiệm"
    pre = "truong-" if cid.startswith("ban-") else "chu-nhiem-"
    dpre = "pho-truong-" if cid.startswith("ban-") else "pho-chu-nhiem-"
    hsucc = "chu-nhiem-" + succ if succ else ""
    dsucc = "pho-chu-nhiem-" + succ if succ else ""
    heng = "Head of the " if cid.startswith("ban-") else "Chairman of the "
    deng = "Deputy Head of the " if cid.startswith("ban-") else "Vice Chairman of the "
    title_pair(pre + cid, head + " " + vi, heng + en, dpre + cid, dhead + " " + vi, deng + en, src,
               dword="Deputy" if cid.startswith("ban-") else "Vice", en_st="p", valid=valid, succ=hsucc, dsucc=dsucc)
C("nhom-nghi-si-huu-nghi", "Nhóm Nghị sĩ hữu nghị", "Friendship Parliamentarians' Group", "body", VNA)

# =====================================================================================
# 6. Courts, procuracy
# =====================================================================================
C("tandtc", "Tòa án nhân dân tối cao", "Supreme People's Court", "body", OWN, abbr=["TAND tối cao", "TANDTC"])
title_pair("chanh-an-tandtc", "Chánh án Tòa án nhân dân tối cao", "Chief Justice of the Supreme People's Court",
           "pho-chanh-an-tandtc", "Phó Chánh án Tòa án nhân dân tối cao",
           "Deputy Chief Justice of the Supreme People's Court", VNA, abbr=["Chánh án TANDTC"],
           dabbr=["Phó Chánh án TANDTC"])
C("vksndtc", "Viện Kiểm sát nhân dân tối cao", "Supreme People's Procuracy", "body", OWN,
  abbr=["VKSND tối cao", "VKSNDTC"])
title_pair("vien-truong-vksndtc", "Viện trưởng Viện Kiểm sát nhân dân tối cao", "Procurator General of the Supreme People's Procuracy",
           "pho-vien-truong-vksndtc", "Phó Viện trưởng Viện Kiểm sát nhân dân tối cao",
           "Deputy Procurator General of the Supreme People's Procuracy", VNA, abbr=["Viện trưởng VKSNDTC"],
           dabbr=["Phó Viện trưởng VKSNDTC"])
C("toa-an-nhan-dan", "Tòa án nhân dân", "People's Court", "body", VNA, abbr=["TAND"])
C("vien-kiem-sat-nhan-dan", "Viện Kiểm sát nhân dân", "People's Procuracy", "body", VNA, abbr=["VKSND"])
C("tand-tinh", "Tòa án nhân dân tỉnh", "Provincial People's Court", "body", VNA, abbr=["TAND tỉnh"])
C("vksnd-tinh", "Viện Kiểm sát nhân dân tỉnh", "Provincial People's Procuracy", "body", VNA, abbr=["VKSND tỉnh"])
C("tand-khu-vuc", "Tòa án nhân dân khu vực", "Regional People's Court", "body", VNA, abbr=["TAND khu vực"],
  en_st="p", note="Replaced district courts from 2025-07-01.")
C("tand-huyen", "Tòa án nhân dân huyện", "District People's Court", "body", VNA, abbr=["TAND huyện"],
  valid="until 2025-07-01", succ="tand-khu-vuc")

# =====================================================================================
# 7. Vietnam Fatherland Front and mass organisations
# =====================================================================================
C("mttq", "Mặt trận Tổ quốc Việt Nam", "Vietnam Fatherland Front", "body", STARTER + "; " + OWN,
  abbr=["MTTQ Việt Nam", "MTTQVN"], note="English abbreviation: VFF.")
C("uy-ban-tw-mttq", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Vietnam Fatherland Front Central Committee",
  "body", OWN, abbr=["Ủy ban Trung ương MTTQ Việt Nam", "UBTW MTTQ Việt Nam"])
title_pair("chu-tich-uy-ban-tw-mttq", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
           "President of the Vietnam Fatherland Front Central Committee", "pho-chu-tich-uy-ban-tw-mttq",
           "Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
           "Vice President of the Vietnam Fatherland Front Central Committee", OWN + "; " + VNA, dword="Vice",
           abbr=["Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"], dabbr=["Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"])
C("uy-ban-mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Vietnam Fatherland Front Committee", "body", VNA,
  abbr=["Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ"], note="Of a province, city, commune or ward (the name follows).")
title_pair("chu-tich-uy-ban-mttq", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam",
           "Chairman of the Vietnam Fatherland Front Committee", "pho-chu-tich-uy-ban-mttq",
           "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam", "Vice Chairman of the Vietnam Fatherland Front Committee",
           VNA, dword="Vice", abbr=["Chủ tịch Ủy ban MTTQ Việt Nam", "Chủ tịch Ủy ban MTTQ"],
           dabbr=["Phó Chủ tịch Ủy ban MTTQ Việt Nam", "Phó Chủ tịch Ủy ban MTTQ"], en_st="p")
C("uy-ban-mttq-tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Vietnam Fatherland Front Committee of the province",
  "body", VNA, abbr=["Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQ tỉnh"], en_st="p")
title_pair("chu-tich-uy-ban-mttq-tinh", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
           "Chairman of the provincial Vietnam Fatherland Front Committee", "pho-chu-tich-uy-ban-mttq-tinh",
           "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
           "Vice Chairman of the provincial Vietnam Fatherland Front Committee", VNA, dword="Vice",
           abbr=["Chủ tịch Ủy ban MTTQ tỉnh"], dabbr=["Phó Chủ tịch Ủy ban MTTQ tỉnh"], en_st="p")
MASS = [
    ("tong-ldld-vn", "Tổng Liên đoàn Lao động Việt Nam", "Vietnam General Confederation of Labour", ["TLĐLĐ Việt Nam"]),
    ("hoi-lhpn-vn", "Hội Liên hiệp Phụ nữ Việt Nam", "Vietnam Women's Union", ["Hội LHPN Việt Nam"]),
    ("doan-tncs-hcm", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Ho Chi Minh Communist Youth Union", ["Đoàn TNCS Hồ Chí Minh"]),
    ("hoi-nong-dan-vn", "Hội Nông dân Việt Nam", "Vietnam Farmers' Union", []),
    ("hoi-ccb-vn", "Hội Cựu chiến binh Việt Nam", "Vietnam Veterans' Association", ["Hội CCB Việt Nam"]),
    ("lien-hiep-huu-nghi", "Liên hiệp các tổ chức hữu nghị Việt Nam", "Vietnam Union of Friendship Organisations", []),
    ("hoi-nha-bao-vn", "Hội Nhà báo Việt Nam", "Vietnam Journalists' Association", []),
    ("hoi-chu-thap-do", "Hội Chữ thập đỏ Việt Nam", "Vietnam Red Cross Society", []),
    ("vusta", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "Vietnam Union of Science and Technology Associations", []),
    ("vcci", "Phòng Thương mại và Công nghiệp Việt Nam", "Vietnam Chamber of Commerce and Industry", []),
    ("hoi-huu-nghi-vn-lao", "Hội Hữu nghị Việt Nam - Lào", "Vietnam - Laos Friendship Association", []),
    ("hoi-huu-nghi-vn-cpc", "Hội Hữu nghị Việt Nam - Campuchia", "Vietnam - Cambodia Friendship Association", []),
    ("hoi-luat-gia-vn", "Hội Luật gia Việt Nam", "Vietnam Lawyers' Association", []),
]
for cid, vi, en, abbr in MASS:
    C(cid, vi, en, "body", OWN, abbr=abbr,
      note={"tong-ldld-vn": "English abbreviation: VGCL.", "lien-hiep-huu-nghi": "English abbreviation: VUFO.",
            "vcci": "English abbreviation: VCCI (being renamed in 2025; check the current name).",
            "vusta": "English abbreviation: VUSTA."}.get(cid, ""),
      en_st="p" if cid in ("vcci", "hoi-huu-nghi-vn-lao", "hoi-huu-nghi-vn-cpc", "hoi-luat-gia-vn") else "a")
C("doan-the-chinh-tri-xa-hoi", "tổ chức chính trị - xã hội", "socio-political organisation", "term", VNA)

# =====================================================================================
# 8. Provincial and municipal authorities (combine with any province name)
# =====================================================================================
C("ubnd", "Ủy ban nhân dân", "People's Committee", "body", STARTER + "; " + TT10, abbr=["UBND"])
C("ubnd-tinh", "Ủy ban nhân dân tỉnh", "Provincial People's Committee", "body", STARTER, abbr=["UBND tỉnh"])
C("ubnd-thanh-pho", "Ủy ban nhân dân thành phố", "City People's Committee", "body", TT10 + "; " + VNA,
  abbr=["UBND thành phố", "UBND TP"], note="TT: People's Committee of X City.")
C("ubnd-xa", "Ủy ban nhân dân xã", "Commune People's Committee", "body", TT10, abbr=["UBND xã"])
C("ubnd-phuong", "Ủy ban nhân dân phường", "Ward People's Committee", "body", TT10, abbr=["UBND phường"])
C("ubnd-huyen", "Ủy ban nhân dân huyện", "District People's Committee", "body", TT10, abbr=["UBND huyện"],
  valid="until 2025-07-01", note="District level abolished from 2025-07-01 (two-tier local government).")
title_pair("chu-tich-ubnd", "Chủ tịch Ủy ban nhân dân", "Chairman of the People's Committee", "pho-chu-tich-ubnd",
           "Phó Chủ tịch Ủy ban nhân dân", "Vice Chairman of the People's Committee", TT11, dword="Vice",
           abbr=["Chủ tịch UBND"], dabbr=["Phó Chủ tịch UBND"],
           note="TT 03/2009: Chairman/Chairwoman; Phó = Vice.")
title_pair("chu-tich-ubnd-tinh", "Chủ tịch Ủy ban nhân dân tỉnh", "Chairman of the Provincial People's Committee",
           "pho-chu-tich-ubnd-tinh", "Phó Chủ tịch Ủy ban nhân dân tỉnh",
           "Vice Chairman of the Provincial People's Committee", STARTER + "; " + TT11, dword="Vice",
           abbr=["Chủ tịch UBND tỉnh"], dabbr=["Phó Chủ tịch UBND tỉnh"])
title_pair("chu-tich-ubnd-thanh-pho", "Chủ tịch Ủy ban nhân dân thành phố", "Chairman of the City People's Committee",
           "pho-chu-tich-ubnd-thanh-pho", "Phó Chủ tịch Ủy ban nhân dân thành phố",
           "Vice Chairman of the City People's Committee", TT11, dword="Vice",
           abbr=["Chủ tịch UBND thành phố", "Chủ tịch UBND TP"], dabbr=["Phó Chủ tịch UBND thành phố", "Phó Chủ tịch UBND TP"])
title_pair("chu-tich-ubnd-xa", "Chủ tịch Ủy ban nhân dân xã", "Chairman of the Commune People's Committee",
           "pho-chu-tich-ubnd-xa", "Phó Chủ tịch Ủy ban nhân dân xã", "Vice Chairman of the Commune People's Committee",
           TT11, dword="Vice", abbr=["Chủ tịch UBND xã"], dabbr=["Phó Chủ tịch UBND xã"])
C("pho-chu-tich-thuong-truc-ubnd-tinh", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh",
  "Permanent Vice Chairman of the Provincial People's Committee", "title", VNA, abbr=["Phó Chủ tịch Thường trực UBND tỉnh"])
C("van-phong-ubnd-tinh", "Văn phòng Ủy ban nhân dân tỉnh", "Office of the Provincial People's Committee", "body", TT10,
  abbr=["Văn phòng UBND tỉnh"])
title_pair("chanh-van-phong-ubnd-tinh", "Chánh Văn phòng Ủy ban nhân dân tỉnh",
           "Chief of the Office of the Provincial People's Committee", "pho-chanh-van-phong-ubnd-tinh",
           "Phó Chánh Văn phòng Ủy ban nhân dân tỉnh", "Deputy Chief of the Office of the Provincial People's Committee",
           TT9 + "; " + TT11, abbr=["Chánh Văn phòng UBND tỉnh"], dabbr=["Phó Chánh Văn phòng UBND tỉnh"])
C("hdnd", "Hội đồng nhân dân", "People's Council", "body", STARTER, abbr=["HĐND"])
C("hdnd-tinh", "Hội đồng nhân dân tỉnh", "Provincial People's Council", "body", STARTER, abbr=["HĐND tỉnh"],
  lo=[("ສະພາປະຊາຊົນແຂວງ", A_NALA + " (the Lao counterpart body)")])
C("hdnd-thanh-pho", "Hội đồng nhân dân thành phố", "City People's Council", "body", VNA,
  abbr=["HĐND thành phố", "HĐND TP"])
C("thuong-truc-hdnd-tinh", "Thường trực Hội đồng nhân dân tỉnh", "Standing Board of the Provincial People's Council",
  "body", VNA, abbr=["Thường trực HĐND tỉnh"], en_st="p")
title_pair("chu-tich-hdnd-tinh", "Chủ tịch Hội đồng nhân dân tỉnh", "Chairman of the Provincial People's Council",
           "pho-chu-tich-hdnd-tinh", "Phó Chủ tịch Hội đồng nhân dân tỉnh",
           "Vice Chairman of the Provincial People's Council", VNA, dword="Vice",
           abbr=["Chủ tịch HĐND tỉnh"], dabbr=["Phó Chủ tịch HĐND tỉnh"])
title_pair("chu-tich-hdnd-thanh-pho", "Chủ tịch Hội đồng nhân dân thành phố", "Chairman of the City People's Council",
           "pho-chu-tich-hdnd-thanh-pho", "Phó Chủ tịch Hội đồng nhân dân thành phố",
           "Vice Chairman of the City People's Council", VNA, dword="Vice",
           abbr=["Chủ tịch HĐND thành phố", "Chủ tịch HĐND TP"], dabbr=["Phó Chủ tịch HĐND thành phố", "Phó Chủ tịch HĐND TP"])
C("van-phong-doan-dbqh-hdnd", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
  "Office of the National Assembly Deputies' Delegation and People's Council of the province", "body", VNA,
  abbr=["Văn phòng Đoàn ĐBQH và HĐND tỉnh"], en_st="p")

# provincial departments ("Sở"): (id-suffix, name, English after "Department of", vi-abbr, valid, successor, src)
SO = [
    ("ngoai-vu", "Ngoại vụ", "Foreign Affairs", [], "", "", STARTER + "; " + TT10 + " (TT example: External Relations Department)"),
    ("khdt", "Kế hoạch và Đầu tư", "Planning and Investment", ["KH&ĐT", "KHĐT"], "until 2025-03-01", "tai-chinh", TT10 + "; " + VNA),
    ("tai-chinh", "Tài chính", "Finance", [], "", "", TT10 + "; " + VNA),
    ("tttt", "Thông tin và Truyền thông", "Information and Communications", ["TT&TT", "TTTT"], "until 2025-03-01", "khcn", STARTER),
    ("khcn", "Khoa học và Công nghệ", "Science and Technology", ["KH&CN"], "", "", TT10 + "; " + VNA),
    ("noi-vu", "Nội vụ", "Home Affairs", [], "", "", TT10 + "; " + VNA),
    ("ldtbxh", "Lao động - Thương binh và Xã hội", "Labour, War Invalids and Social Affairs", ["LĐ-TB&XH", "LĐTBXH"],
     "until 2025-03-01", "noi-vu", TT10 + "; " + VNA),
    ("tu-phap", "Tư pháp", "Justice", [], "", "", TT10 + "; " + VNA),
    ("cong-thuong", "Công Thương", "Industry and Trade", [], "", "", TT10 + "; " + VNA),
    ("nn-ptnt", "Nông nghiệp và Phát triển nông thôn", "Agriculture and Rural Development", ["NN&PTNT"],
     "until 2025-03-01", "nn-mt", TT10 + "; " + VNA),
    ("tnmt", "Tài nguyên và Môi trường", "Natural Resources and Environment", ["TN&MT", "TNMT"], "until 2025-03-01",
     "nn-mt", TT10 + "; " + VNA),
    ("nn-mt", "Nông nghiệp và Môi trường", "Agriculture and Environment", ["NN&MT"], "", "", LOCAL25),
    ("gtvt", "Giao thông vận tải", "Transport", ["GTVT"], "until 2025-03-01", "xay-dung", TT10 + "; " + VNA),
    ("xay-dung", "Xây dựng", "Construction", [], "", "", TT10 + "; " + VNA),
    ("vhttdl", "Văn hóa, Thể thao và Du lịch", "Culture, Sports and Tourism", ["VHTTDL", "VH-TT&DL"], "", "", TT10 + "; " + VNA),
    ("van-hoa-the-thao", "Văn hóa và Thể thao", "Culture and Sports", ["VH&TT"], "", "", TT10 + "; " + VNA),
    ("du-lich", "Du lịch", "Tourism", [], "", "", TT10 + "; " + VNA),
    ("gddt", "Giáo dục và Đào tạo", "Education and Training", ["GD&ĐT", "GDĐT"], "", "", TT10 + "; " + VNA),
    ("y-te", "Y tế", "Health", [], "", "", TT10 + "; " + VNA),
    ("dan-toc-ton-giao", "Dân tộc và Tôn giáo", "Ethnic and Religious Affairs", ["DT&TG"], "", "", LOCAL25),
    ("quy-hoach-kien-truc", "Quy hoạch - Kiến trúc", "Planning and Architecture", ["QH-KT"], "", "", TT10 + "; " + VNA),
]
for (suf, name, en, abbr, valid, succ, src) in SO:
    cid = "so-" + suf
    vi = "Sở " + name
    note = ""
    if suf == "ngoai-vu":
        note = ("TT 03/2009 example renders 'Sở Ngoại vụ Hà Nội' as 'Ha Noi External Relations Department'; "
                "provinces and VNA use 'Department of Foreign Affairs'. Several provinces folded it into other "
                "bodies in 2025.")
    if suf == "tttt":
        note = "Press/publishing functions went to the Department of Culture, Sports and Tourism in 2025."
    C(cid, vi, "Department of " + en, "body", src, abbr=["Sở " + a for a in abbr],
      en_alt=["External Relations Department"] if suf == "ngoai-vu" else (),
      note=note, valid=valid, succ=("so-" + succ) if succ else "", en_st="a" if not src.startswith(LOCAL25) else "p")
    title_pair("giam-doc-" + cid, "Giám đốc " + vi, "Director of the Department of " + en, "pho-giam-doc-" + cid,
               "Phó Giám đốc " + vi, "Deputy Director of the Department of " + en, TT11,
               abbr=["Giám đốc Sở " + a for a in abbr], dabbr=["Phó Giám đốc Sở " + a for a in abbr],
               valid=valid, succ=("giam-doc-so-" + succ) if succ else "",
               dsucc=("pho-giam-doc-so-" + succ) if succ else "")
title_pair("giam-doc-so", "Giám đốc Sở", "Director", "pho-giam-doc-so", "Phó Giám đốc Sở", "Deputy Director", TT11,
           note="Generic; with a named department use 'Director of the Department of X'.")
C("ban-dan-toc-tinh", "Ban Dân tộc tỉnh", "Provincial Committee for Ethnic Minority Affairs", "body", VNA,
  en_st="p", valid="until 2025-03-01", succ="so-dan-toc-ton-giao")
C("thanh-tra-tinh", "Thanh tra tỉnh", "Provincial Inspectorate", "body", VNA)
C("cong-an-tinh", "Công an tỉnh", "Provincial Police Department", "body", STARTER)
C("bo-chi-huy-quan-su-tinh", "Bộ Chỉ huy Quân sự tỉnh", "Provincial Military Command", "body", VNA,
  abbr=["Bộ CHQS tỉnh"])
C("bo-chi-huy-bdbp-tinh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Provincial Border Guard Command", "body", VNA,
  abbr=["Bộ Chỉ huy BĐBP tỉnh", "BĐBP tỉnh"])
C("ban-quan-ly-kkt", "Ban Quản lý Khu kinh tế", "Economic Zone Management Board", "body", TT10 + "; " + VNA,
  abbr=["Ban Quản lý KKT"])
C("ban-quan-ly-kcn", "Ban Quản lý các khu công nghiệp", "Industrial Parks Management Board", "body", TT10 + "; " + VNA,
  abbr=["Ban Quản lý các KCN"])
C("trung-tam-xuc-tien", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Investment, Trade and Tourism Promotion Centre",
  "body", VNA, en_st="p")
C("trung-tam-phuc-vu-hcc", "Trung tâm Phục vụ hành chính công", "Public Administrative Service Centre", "body", VNA,
  en_st="p")
C("bao-quang-tri", "Báo Quảng Trị", "Quang Tri Newspaper", "body", STARTER,
  note="The provincial Party newspaper; merged with the provincial radio-TV station in 2025.")
C("dai-ptth-tinh", "Đài Phát thanh - Truyền hình tỉnh", "Provincial Radio and Television Station", "body", STARTER,
  abbr=["Đài PT-TH tỉnh"])
C("bao-va-ptth-tinh", "Báo và Phát thanh, Truyền hình tỉnh", "Provincial Newspaper, Radio and Television", "body",
  LOCAL25, en_st="p", note="2025 merger of the provincial newspaper and radio-TV station.")

# provincial/municipal Party committees
C("tinh-uy", "Tỉnh ủy", "Provincial Party Committee", "body", STARTER)
C("thanh-uy", "Thành ủy", "Municipal Party Committee", "body", PARTY,
  note="Party Committee of a centrally-run city (Hanoi, HCMC...) or of a provincial city.")
C("dang-bo-tinh", "Đảng bộ tỉnh", "provincial Party Organisation", "body", PARTY, en_st="p")
C("bch-dang-bo-tinh", "Ban Chấp hành Đảng bộ tỉnh", "Provincial Party Executive Committee", "body", PARTY,
  abbr=["BCH Đảng bộ tỉnh"])
C("huyen-uy", "Huyện ủy", "District Party Committee", "body", PARTY, valid="until 2025-07-01",
  note="District level abolished from 2025-07-01.")
C("dang-uy-xa", "Đảng ủy xã", "Commune Party Committee", "body", PARTY)
C("dang-uy-phuong", "Đảng ủy phường", "Ward Party Committee", "body", PARTY)
title_pair("bi-thu-huyen-uy", "Bí thư Huyện ủy", "Secretary of the District Party Committee", "pho-bi-thu-huyen-uy",
           "Phó Bí thư Huyện ủy", "Deputy Secretary of the District Party Committee", PARTY, valid="until 2025-07-01")
title_pair("bi-thu-dang-uy-xa", "Bí thư Đảng ủy xã", "Secretary of the Commune Party Committee", "pho-bi-thu-dang-uy-xa",
           "Phó Bí thư Đảng ủy xã", "Deputy Secretary of the Commune Party Committee", PARTY)
for lvl, lvl_en, lvl_src in [("Tỉnh ủy", "Provincial Party Committee", STARTER), ("Thành ủy", "Municipal Party Committee", PARTY)]:
    k = "tinh-uy" if lvl == "Tỉnh ủy" else "thanh-uy"
    if lvl == "Thành ủy":
        C("ban-thuong-vu-" + k, "Ban Thường vụ " + lvl, "Standing Board of the " + lvl_en, "body", PARTY)
        C("thuong-truc-" + k, "Thường trực " + lvl, "Permanent Board of the " + lvl_en, "body", PARTY)
    else:
        C("ban-thuong-vu-" + k, "Ban Thường vụ " + lvl, "Standing Board of the " + lvl_en, "body", STARTER)
        C("thuong-truc-" + k, "Thường trực " + lvl, "Permanent Board of the " + lvl_en, "body", STARTER)
    C("uy-vien-ban-thuong-vu-" + k, "Ủy viên Ban Thường vụ " + lvl, "member of the Standing Board of the " + lvl_en,
      "title", PARTY)
    C(k + "-vien", lvl + " viên", "member of the " + lvl_en, "title", PARTY)
    C("bi-thu-" + k, "Bí thư " + lvl, "Secretary of the " + lvl_en, "title", lvl_src,
      deputy="pho-bi-thu-" + k, dword="Deputy",
      lo=[("ເລຂາພັກແຂວງ", A_VNALO + "; " + A_NALA)] if k == "tinh-uy" else ())
    C("pho-bi-thu-" + k, "Phó Bí thư " + lvl, "Deputy Secretary of the " + lvl_en, "title", lvl_src,
      lo=[("ຮອງເລຂາພັກແຂວງ", A_NALA)] if k == "tinh-uy" else ())
    C("pho-bi-thu-thuong-truc-" + k, "Phó Bí thư Thường trực " + lvl, "Permanent Deputy Secretary of the " + lvl_en,
      "title", lvl_src)
    C("van-phong-" + k, "Văn phòng " + lvl, "Office of the " + lvl_en, "body", PARTY)
    title_pair("chanh-van-phong-" + k, "Chánh Văn phòng " + lvl, "Chief of the Office of the " + lvl_en,
               "pho-chanh-van-phong-" + k, "Phó Chánh Văn phòng " + lvl, "Deputy Chief of the Office of the " + lvl_en,
               PARTY, en_st="p")
    # commissions: (suffix, vi, en, head vi, head en, dep vi, dep en, dword, valid, successor)
    for (suf, vname, ename, hv, he, dv, de, dword, valid, succ) in [
        ("ban-to-chuc", "Ban Tổ chức", "Organisation Commission", "Trưởng", "Head", "Phó Trưởng", "Deputy Head", "Deputy", "", ""),
        ("ban-tuyen-giao", "Ban Tuyên giáo", "Commission for Communication and Education", "Trưởng", "Head",
         "Phó Trưởng", "Deputy Head", "Deputy", "until 2025-03-01", "ban-tuyen-giao-dan-van"),
        ("ban-dan-van", "Ban Dân vận", "Mass Mobilisation Commission", "Trưởng", "Head", "Phó Trưởng", "Deputy Head",
         "Deputy", "until 2025-03-01", "ban-tuyen-giao-dan-van"),
        ("ban-tuyen-giao-dan-van", "Ban Tuyên giáo và Dân vận", "Propaganda and Mass Mobilisation Commission", "Trưởng",
         "Head", "Phó Trưởng", "Deputy Head", "Deputy", "", ""),
        ("ban-noi-chinh", "Ban Nội chính", "Internal Affairs Commission", "Trưởng", "Head", "Phó Trưởng", "Deputy Head",
         "Deputy", "", ""),
        ("ubkt", "Ủy ban Kiểm tra", "Inspection Commission", "Chủ nhiệm", "Chairman", "Phó Chủ nhiệm", "Vice Chairman",
         "Vice", "", ""),
    ]:
        bid = suf + "-" + k
        bvi = vname + " " + lvl
        ben = lvl_en + "'s " + ename
        src = STARTER if (k == "tinh-uy" and suf == "ban-tuyen-giao") else PARTY
        if suf == "ban-tuyen-giao-dan-van":
            src = PARTY25 + "; en.sggp.org.vn, baohaiduong.vn English (Feb 2025)"
        babbr = ["UBKT " + lvl] if suf == "ubkt" else []
        C(bid, bvi, ben, "body", src, abbr=babbr, valid=valid, succ=(succ + "-" + k) if succ else "",
          en_st="a" if suf in ("ban-to-chuc", "ban-tuyen-giao", "ban-tuyen-giao-dan-van", "ubkt") else "p",
          note=("Provincial merger of the Commission for Communication and Education and the Mass Mobilisation "
                "Commission (2025; dates vary by province).") if suf == "ban-tuyen-giao-dan-van" else "")
        hp = "truong-" if hv == "Trưởng" else "chu-nhiem-"
        dp = "pho-truong-" if hv == "Trưởng" else "pho-chu-nhiem-"
        title_pair(hp + bid, hv + " " + bvi, he + " of the " + ben, dp + bid, dv + " " + bvi, de + " of the " + ben,
                   src, dword=dword, abbr=[hv + " " + a for a in babbr], dabbr=[dv + " " + a for a in babbr],
                   en_st="p" if suf not in ("ban-tuyen-giao",) or k != "tinh-uy" else "a", valid=valid,
                   succ=(hp + succ + "-" + k) if succ else "", dsucc=(dp + succ + "-" + k) if succ else "")

# =====================================================================================
# 9. Diplomacy and external information
# =====================================================================================
C("dai-su-quan", "Đại sứ quán", "Embassy", "body", VNA, abbr=["ĐSQ"], km=[("ស្ថានទូត", A_VNAKM)])
C("tong-lanh-su-quan", "Tổng Lãnh sự quán", "Consulate General", "body", VNA, abbr=["TLSQ"],
  km=[("ស្ថានអគ្គកុងស៊ុល", A_MFAKH)])
C("lanh-su-quan", "Lãnh sự quán", "Consulate", "body", VNA)
C("phai-doan-thuong-truc", "Phái đoàn thường trực", "Permanent Mission", "body", VNA, en_st="p",
  lo=[("ຄະນະຜູ້ຕາງໜ້າ", A_VOVLO + " (Vietnam's mission to the UN)")])
C("co-quan-dai-dien", "cơ quan đại diện Việt Nam tại nước ngoài", "Vietnamese representative agencies abroad", "body",
  STARTER, var=["cơ quan đại diện Việt Nam"])
C("dai-su", "Đại sứ", "Ambassador", "title", VNA, lo=[("ເອກອັກຄະລັດຖະທູດ", A_VOVLO)])
C("dai-su-dac-menh-toan-quyen", "Đại sứ Đặc mệnh toàn quyền", "Ambassador Extraordinary and Plenipotentiary", "title", VNA)
C("tong-lanh-su", "Tổng Lãnh sự", "Consul General", "title", VNA)
C("lanh-su", "Lãnh sự", "Consul", "title", VNA, cs=True, note="Capitalised title only.")
C("lanh-su-danh-du", "Lãnh sự danh dự", "Honorary Consul", "title", VNA)
C("dai-bien", "Đại biện", "Chargé d'affaires", "title", VNA, cs=True)
C("dai-bien-lam-thoi", "Đại biện lâm thời", "Chargé d'affaires a.i.", "title", VNA)
C("tham-tan-cong-su", "Tham tán Công sứ", "Minister-Counsellor", "title", VNA)
C("tham-tan", "Tham tán", "Counsellor", "title", VNA, cs=True)
C("bi-thu-thu-nhat", "Bí thư thứ nhất", "First Secretary", "title", VNA, note="Diplomatic rank.")
C("bi-thu-thu-hai", "Bí thư thứ hai", "Second Secretary", "title", VNA)
C("bi-thu-thu-ba", "Bí thư thứ ba", "Third Secretary", "title", VNA)
C("tuy-vien", "Tùy viên", "Attaché", "title", VNA, cs=True)
C("tuy-vien-quoc-phong", "Tùy viên Quốc phòng", "Defence Attaché", "title", VNA)
C("doan-ngoai-giao", "Đoàn Ngoại giao", "diplomatic corps", "body", VNA)
C("trinh-quoc-thu", "trình Quốc thư", "present credentials", "term", VNA)
C("hoi-nghi-ngoai-giao", "Hội nghị Ngoại giao", "Diplomatic Conference", "term", VNA,
  note="The periodic conference of Vietnam's diplomatic sector (e.g. the 32nd Diplomatic Conference).")
C("nguoi-vn-o-nuoc-ngoai", "người Việt Nam ở nước ngoài", "overseas Vietnamese", "term", VNA, abbr=["NVNONN"],
  note="Same English as 'kiều bào'; see kieu-bao.")
C("kieu-bao", "kiều bào", "overseas Vietnamese people", "term", STARTER + " (kept distinct in English here)", en_st="p",
  en_alt=["overseas Vietnamese"],
  note="Starter renders it 'overseas Vietnamese'; here worded differently so that each concept's English is unique.")
C("cong-dong-nguoi-vn-o-nn", "cộng đồng người Việt Nam ở nước ngoài", "overseas Vietnamese community", "term", VNA)
C("bao-ho-cong-dan", "bảo hộ công dân", "citizen protection", "term", VNA)
C("cong-tac-lanh-su", "công tác lãnh sự", "consular work", "term", VNA)
C("doi-ngoai-dang", "đối ngoại Đảng", "Party external relations", "term", STARTER)
C("ngoai-giao-nha-nuoc", "ngoại giao Nhà nước", "State diplomacy", "term", STARTER)
C("doi-ngoai-nhan-dan", "đối ngoại nhân dân", "people-to-people diplomacy", "term", STARTER)
C("ngoai-giao-nhan-dan", "ngoại giao nhân dân", "people's diplomacy", "term", STARTER)
C("doi-ngoai-quoc-phong", "đối ngoại quốc phòng", "defence diplomacy", "term", STARTER)
C("ngoai-giao-kinh-te", "ngoại giao kinh tế", "economic diplomacy", "term", STARTER)
C("ngoai-giao-van-hoa", "ngoại giao văn hóa", "cultural diplomacy", "term", STARTER)
C("ngoai-giao-chinh-tri", "ngoại giao chính trị", "political diplomacy", "term", VNA)
C("ngoai-giao-da-phuong", "ngoại giao đa phương", "multilateral diplomacy", "term", VNA)
C("ngoai-giao-cay-tre", "ngoại giao cây tre", "bamboo diplomacy", "term", VNA,
  var=["trường phái ngoại giao cây tre"], note="'trường phái ngoại giao cây tre Việt Nam' = Vietnam's bamboo diplomacy school.")
C("ngoai-giao-so", "ngoại giao số", "digital diplomacy", "term", VNA)
# No entry for "công tác đối ngoại": leftmost-longest would take it from "công tác đối ngoại Đảng,
# ngoại giao Nhà nước ..." and split "đối ngoại Đảng" (Party external relations).
C("ttdn", "thông tin đối ngoại", "external information", "term", STARTER, en_bad=["foreign information"])
C("cong-tac-ttdn", "công tác thông tin đối ngoại", "external information work", "term", STARTER,
  en_bad=["foreign information work"])
C("cong-tac-ttdn-quoc-gia", "công tác thông tin đối ngoại quốc gia", "national external information work", "term", VNA,
  en_st="p")
C("chien-luoc-ttdn", "Chiến lược thông tin đối ngoại", "External Information Strategy", "term", VNA, en_st="p")
C("bcd-ttdn", "Ban Chỉ đạo Công tác thông tin đối ngoại", "Steering Committee for External Information", "body",
  STARTER, abbr=["BCĐ Công tác thông tin đối ngoại"], en_bad=["Steering Committee for Foreign Information"])
C("bcd-ttdn-tinh", "Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh",
  "Provincial Steering Committee for External Information", "body", STARTER,
  abbr=["BCĐ Công tác thông tin đối ngoại tỉnh"])
title_pair("truong-bcd-ttdn-tinh", "Trưởng Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh",
           "Head of the Provincial Steering Committee for External Information", "pho-truong-bcd-ttdn-tinh",
           "Phó Trưởng Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh",
           "Deputy Head of the Provincial Steering Committee for External Information", STARTER,
           abbr=["Trưởng BCĐ Công tác thông tin đối ngoại tỉnh",
                 "Trưởng Ban Chỉ đạo (BCĐ) Công tác thông tin đối ngoại tỉnh"],
           dabbr=["Phó Trưởng BCĐ Công tác thông tin đối ngoại tỉnh"])
C("bcd-nhan-quyen", "Ban Chỉ đạo Nhân quyền của Chính phủ", "Government Steering Committee for Human Rights",
  "body", STARTER)
C("dai-hoi-dang-bo", "đại hội đảng bộ", "Party congress", "term", STARTER)
C("hoi-nghi-so-ket", "Hội nghị sơ kết", "review conference", "term", STARTER, en_st="p")
C("ban-chi-dao-tw", "Ban Chỉ đạo Trung ương", "Central Steering Committee", "body", VNA, en_st="p",
  abbr=["BCĐ Trung ương"], note="As named in the Steering Committee for External Information's reports: the "
  "central committee, as against the provincial ones.")
C("ban-chi-dao", "Ban Chỉ đạo", "Steering Committee", "body", STARTER, abbr=["BCĐ"],
  en_bad=["Board of Directors", "Steering Board", "Directing Board"])
C("giai-thuong-ttdn", "Giải thưởng toàn quốc về thông tin đối ngoại", "National External Information Awards", "term", STARTER)
C("quang-ba-hinh-anh-quoc-gia", "quảng bá hình ảnh quốc gia", "national image promotion", "term", VNA)
C("quyen-luc-mem", "sức mạnh mềm", "soft power", "term", VNA, var=["quyền lực mềm"])
C("doi-tac-chien-luoc-toan-dien", "Đối tác chiến lược toàn diện", "Comprehensive Strategic Partnership", "term", VNA,
  note="Capitalised in VNA English when naming the framework.")
C("doi-tac-chien-luoc", "Đối tác chiến lược", "Strategic Partnership", "term", VNA)
C("doi-tac-toan-dien", "Đối tác toàn diện", "Comprehensive Partnership", "term", VNA)
C("quan-he-dac-biet", "quan hệ đặc biệt", "special relationship", "term", VNA)
C("doan-ket-dac-biet", "đoàn kết đặc biệt", "special solidarity", "term", VNA,
  var=["tình đoàn kết đặc biệt"], lo=[("ຄວາມສາມັກຄີພິເສດ", A_NALA)])
C("huu-nghi-vi-dai", "tình hữu nghị vĩ đại", "great friendship", "term", VNA,
  var=["quan hệ hữu nghị vĩ đại"], lo=[("ສາຍພົວພັນມິດຕະພາບອັນຍິ່ງໃຫຍ່", A_NALA)])
C("hop-tac-toan-dien", "hợp tác toàn diện", "comprehensive cooperation", "term", VNA,
  lo=[("ການຮ່ວມມືຮອບດ້ານ", A_NALA)], km=[("កិច្ចសហប្រតិបត្តិការគ្រប់ជ្រុងជ្រោយ", A_VNAKM)])
C("tham-cap-nha-nuoc", "thăm cấp Nhà nước", "state visit", "term", VNA, km=[("ទស្សនកិច្ចផ្លូវរដ្ឋ", A_VNAKM)])
C("tham-chinh-thuc", "thăm chính thức", "official visit", "term", VNA, km=[("ទស្សនកិច្ចផ្លូវការ", A_VOVKM)])
C("tham-lam-viec", "thăm làm việc", "working visit", "term", VNA)
C("hoi-dam", "hội đàm", "talks", "term", VNA)
C("tiep-xa-giao", "tiếp xã giao", "courtesy call", "term", VNA, en_st="p")
C("tuyen-bo-chung", "Tuyên bố chung", "Joint Statement", "term", VNA)
C("ban-ghi-nho", "Bản ghi nhớ", "Memorandum of Understanding", "term", VNA, abbr=["MoU"])
C("duong-loi-doi-ngoai", "đường lối đối ngoại độc lập, tự chủ, hòa bình, hữu nghị, hợp tác và phát triển, đa phương hóa, đa dạng hóa",
  "foreign policy of independence, self-reliance, peace, friendship, cooperation and development, multilateralisation and diversification",
  "term", VNA, en_st="p")
C("ban-tin-cay", "là bạn, là đối tác tin cậy và là thành viên tích cực, có trách nhiệm của cộng đồng quốc tế",
  "a friend, a reliable partner and an active and responsible member of the international community", "term", VNA)
C("chinh-sach-bon-khong", "chính sách quốc phòng \"4 không\"", "\"Four Nos\" defence policy", "term", VNA, en_st="p",
  var=["chính sách \"bốn không\""])
C("gin-giu-hoa-binh", "gìn giữ hòa bình Liên hợp quốc", "UN peacekeeping", "term", VNA)
C("hoi-nhap-quoc-te", "hội nhập quốc tế", "international integration", "term", STARTER)
C("ket-nghia", "kết nghĩa", "twinning", "term", VNA, en_st="p", note="Twinning of provinces/localities.")
C("bien-gioi-hoa-binh", "biên giới hòa bình, hữu nghị, hợp tác và phát triển",
  "border of peace, friendship, cooperation and development", "term", VNA)
C("bien-gioi-dat-lien", "biên giới trên đất liền", "land border", "term", STARTER)
C("phan-gioi-cam-moc", "phân giới cắm mốc", "border demarcation and marker planting", "term", VNA)
C("cot-moc-bien-gioi", "cột mốc biên giới", "border marker", "term", VNA)
C("cua-khau-quoc-te", "cửa khẩu quốc tế", "international border gate", "term", VNA)
C("cua-khau", "cửa khẩu", "border gate", "term", VNA)
C("khu-kinh-te-cua-khau", "khu kinh tế cửa khẩu", "border-gate economic zone", "term", VNA)
C("chu-quyen-bien-dao", "chủ quyền biển, đảo", "sovereignty over seas and islands", "term", STARTER,
  var=["chủ quyền biển đảo"])
C("bien-dao", "biển, đảo", "seas and islands", "term", STARTER, var=["biển đảo"])
C("bien-dong", "Biển Đông", "East Sea", "place", VNA, note="VNA: East Sea; not 'South China Sea' in Vietnamese official texts.")
C("hoang-sa", "quần đảo Hoàng Sa", "Hoang Sa (Paracel) archipelago", "place", VNA)
C("truong-sa", "quần đảo Trường Sa", "Truong Sa (Spratly) archipelago", "place", VNA)
C("unclos", "Công ước Liên hợp quốc về Luật Biển năm 1982", "1982 United Nations Convention on the Law of the Sea",
  "term", VNA, var=["Công ước Liên hợp quốc về Luật Biển"], abbr=["UNCLOS 1982", "UNCLOS"])
C("coc", "Bộ Quy tắc ứng xử ở Biển Đông", "Code of Conduct in the East Sea", "term", VNA, abbr=["COC"])
C("vung-dac-quyen-kinh-te", "vùng đặc quyền kinh tế", "exclusive economic zone", "term", VNA)
C("to-quoc", "Tổ quốc", "Fatherland", "term", STARTER)

# =====================================================================================
# 10. Policy vocabulary and themes
# =====================================================================================
POLICY = [
    ("dong-bao-dtts", "đồng bào dân tộc thiểu số", "ethnic minority people", "a", ["đồng bào DTTS"], ()),
    ("dan-toc-thieu-so", "dân tộc thiểu số", "ethnic minority", "a", ["DTTS"], ()),
    ("vung-dtts-mien-nui", "vùng đồng bào dân tộc thiểu số và miền núi", "ethnic minority and mountainous areas", "a",
     ["vùng đồng bào DTTS và miền núi"], ()),
    ("nguoi-co-uy-tin", "người có uy tín", "prestigious persons", "p", [], ()),
    ("xay-dung-ntm", "xây dựng nông thôn mới", "new rural development", "a", ["xây dựng NTM"], ()),
    ("nong-thon-moi", "nông thôn mới", "new-style rural area", "a", ["NTM"], ()),
    ("an-sinh-xa-hoi", "an sinh xã hội", "social security", "a", [], ()),
    ("giam-ngheo-ben-vung", "giảm nghèo bền vững", "sustainable poverty reduction", "a", [], ()),
    ("ctmtqg", "Chương trình mục tiêu quốc gia", "National Target Programme", "a", [], ()),
    ("xoa-nha-tam", "xóa nhà tạm, nhà dột nát", "elimination of temporary and dilapidated houses", "a", [], ()),
    ("the-luc-thu-dich", "thế lực thù địch", "hostile forces", "a", [], ()),
    ("phan-tu-phan-dong", "phần tử phản động", "reactionary elements", "a", [], ()),
    ("quan-diem-sai-trai", "quan điểm sai trái, thù địch", "wrong and hostile views", "a", [], ("quan điểm sai trái thù địch",)),
    ("thong-tin-sai-trai", "thông tin sai trái", "false information", "a", [], ()),
    ("luan-dieu-sai-trai", "luận điệu sai trái", "false allegations", "a", [], ()),
    ("thong-tin-xau-doc", "thông tin xấu, độc", "harmful and toxic information", "p", [], ("thông tin xấu độc",)),
    ("tin-gia", "tin giả", "fake news", "a", [], ()),
    ("dien-bien-hoa-binh", "diễn biến hòa bình", "peaceful evolution", "a", [], ()),
    ("tu-dien-bien", "tự diễn biến, tự chuyển hóa", "self-evolution and self-transformation", "a", [], ()),
    ("bao-ve-nen-tang-tu-tuong", "bảo vệ nền tảng tư tưởng của Đảng", "protecting the Party's ideological foundation", "a", [], ()),
    ("quy-hoach", "Quy hoạch", "master plan", "a", [], ()),
    ("quy-hoach-tinh", "Quy hoạch tỉnh", "provincial master plan", "a", [], ()),
    ("quy-hoach-tong-the-qg", "Quy hoạch tổng thể quốc gia", "national master plan", "a", [], ()),
    ("chuyen-doi-so", "chuyển đổi số", "digital transformation", "a", [], ()),
    ("chuyen-doi-xanh", "chuyển đổi xanh", "green transition", "a", [], ()),
    ("kinh-te-so", "kinh tế số", "digital economy", "a", [], ()),
    ("chinh-phu-so", "Chính phủ số", "digital government", "a", [], ()),
    ("doi-moi-sang-tao", "đổi mới sáng tạo", "innovation", "a", [], ()),
    ("tri-tue-nhan-tao", "trí tuệ nhân tạo", "artificial intelligence", "a", ["AI"], ()),
    ("cmcn-4", "cách mạng công nghiệp lần thứ tư", "Fourth Industrial Revolution", "a", [],
     ("cách mạng công nghiệp lần thứ 4", "Cách mạng công nghiệp 4.0")),
    ("tinh-gon-bo-may", "tinh gọn bộ máy", "streamlining the apparatus", "a", [], ()),
    ("sap-xep-dvhc", "sắp xếp đơn vị hành chính", "reorganisation of administrative units", "a", [], ()),
    ("chinh-quyen-dia-phuong-hai-cap", "chính quyền địa phương hai cấp", "two-tier local government", "a", [], ()),
    ("dai-doan-ket", "khối đại đoàn kết toàn dân tộc", "great national unity bloc", "a", [], ()),
    ("phong-chong-tham-nhung", "phòng, chống tham nhũng, tiêu cực", "fight against corruption and negative phenomena", "a", [], ()),
    ("xay-dung-chinh-don-dang", "xây dựng, chỉnh đốn Đảng", "Party building and rectification", "a", [], ()),
    ("he-thong-chinh-tri", "hệ thống chính trị", "political system", "a", [], ()),
    ("kinh-te-thi-truong-dhxhcn", "kinh tế thị trường định hướng xã hội chủ nghĩa", "socialist-oriented market economy", "a", [], ()),
    ("nha-nuoc-phap-quyen", "Nhà nước pháp quyền xã hội chủ nghĩa", "socialist rule-of-law State", "a", [], ()),
    ("tu-do-tin-nguong", "tự do tín ngưỡng, tôn giáo", "freedom of belief and religion", "a", [], ()),
    ("nhan-quyen", "nhân quyền", "human rights", "a", [], ("quyền con người",)),
    ("bien-doi-khi-hau", "biến đổi khí hậu", "climate change", "a", [], ()),
    ("phat-trien-ben-vung", "phát triển bền vững", "sustainable development", "a", [], ()),
    ("tang-truong-xanh", "tăng trưởng xanh", "green growth", "a", [], ()),
    ("ky-nguyen-vuon-minh", "kỷ nguyên vươn mình của dân tộc", "era of the nation's rise", "p", [], ("kỷ nguyên vươn mình",)),
    ("doi-moi", "công cuộc Đổi mới", "Doi Moi (Renewal) process", "a", [], ()),
    ("an-ninh-mang", "an ninh mạng", "cybersecurity", "a", [], ()),
    ("khong-gian-mang", "không gian mạng", "cyberspace", "a", [], ()),
    ("du-luan-xa-hoi", "dư luận xã hội", "public opinion", "a", [], ()),
    ("mang-xa-hoi", "mạng xã hội", "social networks", "a", [], ()),
    ("truyen-thong-xa-hoi", "truyền thông xã hội", "social media", "a", [], ()),
    ("phuong-tien-ttdc", "phương tiện thông tin đại chúng", "mass media", "a", [], ()),
    ("kinh-te-xa-hoi", "kinh tế - xã hội", "socio-economic", "a", [], ()),
    ("xuc-tien-dau-tu", "xúc tiến đầu tư", "investment promotion", "a", [], ()),
    ("oda", "vốn hỗ trợ phát triển chính thức", "official development assistance", "a", ["ODA"], ()),
    ("fdi", "đầu tư trực tiếp nước ngoài", "foreign direct investment", "a", ["FDI"], ()),
    ("vien-tro-pcp", "viện trợ phi chính phủ nước ngoài", "foreign non-governmental aid", "a", [], ()),
    ("to-chuc-pcp-nn", "tổ chức phi chính phủ nước ngoài", "foreign non-governmental organisation", "a", ["TCPCPNN"], ()),
    ("lao-dong-di-lam-viec-nn", "người lao động Việt Nam đi làm việc ở nước ngoài", "Vietnamese guest workers abroad", "p", [], ()),
    ("binh-dang-gioi", "bình đẳng giới", "gender equality", "a", [], ()),
]
for cid, vi, en, st, abbr, var in POLICY:
    note = ""
    cs = False
    if cid.startswith("quy-hoach"):
        cs = True
        note = "The legal planning instrument (Law on Planning); capitalised only. Lower-case 'quy hoạch' (planning) is not matched."
    src = STARTER if cid in ("quan-diem-sai-trai", "thong-tin-sai-trai", "luan-dieu-sai-trai", "dien-bien-hoa-binh",
                             "chuyen-doi-so", "tri-tue-nhan-tao", "cmcn-4", "he-thong-chinh-tri", "nhan-quyen",
                             "mang-xa-hoi", "truyen-thong-xa-hoi", "phuong-tien-ttdc", "kinh-te-xa-hoi",
                             "xuc-tien-dau-tu") else VNA
    C(cid, vi, en, "term", src, abbr=abbr, var=var, en_st=st, cs=cs, note=note,
      lo=[("ສິດທິມະນຸດ", A_TDLO)] if cid == "nhan-quyen" else ())

# =====================================================================================
# 11. Document types (capitalised and followed by "số"; never bare)
# =====================================================================================
DOCTYPES = [
    ("nghi-quyet-so", "Nghị quyết số", "Resolution No."), ("chi-thi-so", "Chỉ thị số", "Directive No."),
    ("ket-luan-so", "Kết luận số", "Conclusion No."), ("quyet-dinh-so", "Quyết định số", "Decision No."),
    ("ke-hoach-so", "Kế hoạch số", "Plan No."), ("thong-tu-so", "Thông tư số", "Circular No."),
    ("nghi-dinh-so", "Nghị định số", "Decree No."), ("cong-van-so", "Công văn số", "Official Letter No."),
    ("quy-dinh-so", "Quy định số", "Regulation No."), ("huong-dan-so", "Hướng dẫn số", "Guideline No."),
    ("thong-bao-so", "Thông báo số", "Notice No."), ("bao-cao-so", "Báo cáo số", "Report No."),
    ("to-trinh-so", "Tờ trình số", "Statement No."), ("luat-so", "Luật số", "Law No."),
    ("thong-tu-lien-tich-so", "Thông tư liên tịch số", "Joint Circular No."),
    ("nghi-quyet-lien-tich-so", "Nghị quyết liên tịch số", "Joint Resolution No."),
    ("phap-lenh-so", "Pháp lệnh số", "Ordinance No."), ("lenh-so", "Lệnh số", "Order No."),
    ("chi-dao-so", "Văn bản số", "Document No."),
]
for cid, vi, en in DOCTYPES:
    C(cid, vi, en, "doctype", DOC if cid not in ("nghi-quyet-so", "chi-thi-so", "ket-luan-so", "quyet-dinh-so",
                                                   "ke-hoach-so") else STARTER + "; " + DOC,
      cs=True, en_st="a" if en not in ("Statement No.", "Guideline No.", "Document No.", "Notice No.") else "p",
      note="Doctype: mark only when capitalised and followed by 'số' and a number.")

# =====================================================================================
# 12. Provinces and cities (63 pre-2025 units; 34 from 2025-07-01, Resolution 202/2025/QH15)
# =====================================================================================
# (id, vi, en, successor-id or "" if the name continues, lo, km)
P = "until 2025-07-01"
PROVINCES = [
    ("ha-noi", "Hà Nội", "Hanoi", "", (), ()),
    ("tp-ho-chi-minh", "Thành phố Hồ Chí Minh", "Ho Chi Minh City", "", [("ນະຄອນໂຮ່ຈິມິນ", A_PASAXON)],
     [("ទីក្រុងហូជីមិញ", A_MFAKH)]),
    ("hai-phong", "Hải Phòng", "Hai Phong", "", (), ()),
    ("da-nang", "Đà Nẵng", "Da Nang", "", (), ()),
    ("can-tho", "Cần Thơ", "Can Tho", "", (), ()),
    ("hue", "Huế", "Hue", "", (), ()),
    ("thua-thien-hue", "Thừa Thiên Huế", "Thua Thien Hue", "hue", (), ()),
    ("ha-giang", "Hà Giang", "Ha Giang", "tuyen-quang", (), ()),
    ("tuyen-quang", "Tuyên Quang", "Tuyen Quang", "", (), [("ទ្វៀនក្វាង", A_VNAKM)]),
    ("cao-bang", "Cao Bằng", "Cao Bang", "", (), ()),
    ("lang-son", "Lạng Sơn", "Lang Son", "", (), ()),
    ("lai-chau", "Lai Châu", "Lai Chau", "", (), ()),
    ("dien-bien", "Điện Biên", "Dien Bien", "", (), ()),
    ("son-la", "Sơn La", "Son La", "", (), ()),
    ("lao-cai", "Lào Cai", "Lao Cai", "", (), ()),
    ("yen-bai", "Yên Bái", "Yen Bai", "lao-cai", (), ()),
    ("bac-kan", "Bắc Kạn", "Bac Kan", "thai-nguyen", (), ()),
    ("thai-nguyen", "Thái Nguyên", "Thai Nguyen", "", (), ()),
    ("phu-tho", "Phú Thọ", "Phu Tho", "", (), ()),
    ("vinh-phuc", "Vĩnh Phúc", "Vinh Phuc", "phu-tho", (), ()),
    ("hoa-binh", "Hòa Bình", "Hoa Binh", "phu-tho", (), ()),
    ("bac-giang", "Bắc Giang", "Bac Giang", "bac-ninh", (), ()),
    ("bac-ninh", "Bắc Ninh", "Bac Ninh", "", (), ()),
    ("quang-ninh", "Quảng Ninh", "Quang Ninh", "", [("ກວາງນິງ", A_VNALO)], ()),
    ("hai-duong", "Hải Dương", "Hai Duong", "hai-phong", (), ()),
    ("hung-yen", "Hưng Yên", "Hung Yen", "", (), ()),
    ("thai-binh", "Thái Bình", "Thai Binh", "hung-yen", (), ()),
    ("ha-nam", "Hà Nam", "Ha Nam", "ninh-binh", (), ()),
    ("nam-dinh", "Nam Định", "Nam Dinh", "ninh-binh", (), ()),
    ("ninh-binh", "Ninh Bình", "Ninh Binh", "", (), ()),
    ("thanh-hoa", "Thanh Hóa", "Thanh Hoa", "", (), ()),
    ("nghe-an", "Nghệ An", "Nghe An", "", [("ເຫງະອານ", A_NALA)], ()),
    ("ha-tinh", "Hà Tĩnh", "Ha Tinh", "", (), ()),
    ("quang-binh", "Quảng Bình", "Quang Binh", "quang-tri", (), ()),
    ("quang-tri", "Quảng Trị", "Quang Tri", "", (), [("ក្វាងទ្រី", A_VNAKM)]),
    ("quang-nam", "Quảng Nam", "Quang Nam", "da-nang", (), ()),
    ("quang-ngai", "Quảng Ngãi", "Quang Ngai", "", (), ()),
    ("kon-tum", "Kon Tum", "Kon Tum", "quang-ngai", (), ()),
    ("binh-dinh", "Bình Định", "Binh Dinh", "gia-lai", (), ()),
    ("gia-lai", "Gia Lai", "Gia Lai", "", (), ()),
    ("phu-yen", "Phú Yên", "Phu Yen", "dak-lak", (), ()),
    ("dak-lak", "Đắk Lắk", "Dak Lak", "", (), ()),
    ("khanh-hoa", "Khánh Hòa", "Khanh Hoa", "", (), ()),
    ("ninh-thuan", "Ninh Thuận", "Ninh Thuan", "khanh-hoa", (), ()),
    ("dak-nong", "Đắk Nông", "Dak Nong", "lam-dong", (), ()),
    ("lam-dong", "Lâm Đồng", "Lam Dong", "", (), ()),
    ("binh-thuan", "Bình Thuận", "Binh Thuan", "lam-dong", (), ()),
    ("binh-phuoc", "Bình Phước", "Binh Phuoc", "dong-nai", (), ()),
    ("dong-nai", "Đồng Nai", "Dong Nai", "", (), ()),
    ("binh-duong", "Bình Dương", "Binh Duong", "tp-ho-chi-minh", (), ()),
    ("ba-ria-vung-tau", "Bà Rịa - Vũng Tàu", "Ba Ria - Vung Tau", "tp-ho-chi-minh", (), ()),
    ("tay-ninh", "Tây Ninh", "Tay Ninh", "", (), [("តីនិញ", A_VNAKM)]),
    ("long-an", "Long An", "Long An", "tay-ninh", (), ()),
    ("tien-giang", "Tiền Giang", "Tien Giang", "dong-thap", (), ()),
    ("dong-thap", "Đồng Tháp", "Dong Thap", "", (), ()),
    ("ben-tre", "Bến Tre", "Ben Tre", "vinh-long", (), ()),
    ("tra-vinh", "Trà Vinh", "Tra Vinh", "vinh-long", (), ()),
    ("vinh-long", "Vĩnh Long", "Vinh Long", "", (), ()),
    ("an-giang", "An Giang", "An Giang", "", (), ()),
    ("kien-giang", "Kiên Giang", "Kien Giang", "an-giang", (), ()),
    ("hau-giang", "Hậu Giang", "Hau Giang", "can-tho", (), ()),
    ("soc-trang", "Sóc Trăng", "Soc Trang", "can-tho", (), ()),
    ("bac-lieu", "Bạc Liêu", "Bac Lieu", "ca-mau", (), ()),
    ("ca-mau", "Cà Mau", "Ca Mau", "", (), ()),
]
MERGED_INTO: dict[str, list[str]] = {}
for (cid, vi, en, succ, lo, km) in PROVINCES:
    if succ:
        MERGED_INTO.setdefault(succ, []).append(vi)
_names = {p[0]: p[1] for p in PROVINCES}
for (cid, vi, en, succ, lo, km) in PROVINCES:
    note = ""
    var: list[str] = []
    abbr: list[str] = []
    cs = cid == "hoa-binh"
    if cid == "tp-ho-chi-minh":
        var = ["TP Hồ Chí Minh"]
        abbr = ["TP.HCM", "TPHCM", "TP HCM"]
    if cid == "hue":
        note = "Centrally-run city from 2025-01-01 (was Thừa Thiên Huế province)."
    if cid == "thua-thien-hue":
        note = "Became Huế city (centrally run) on 2025-01-01."
    if cid == "hoa-binh":
        note = "Province name; lower-case 'hòa bình' (peace) must not match."
    if cid in MERGED_INTO:
        note = (note + " " if note else "") + ("From 2025-07-01 the unit also covers former " +
                                               ", ".join(MERGED_INTO[cid]) + " (Resolution 202/2025/QH15).")
    valid = "until 2025-01-01" if cid == "thua-thien-hue" else (P if succ else "")
    if succ and cid != "thua-thien-hue":
        note = (note + " " if note else "") + f"Merged into {_names[succ]} (Resolution 202/2025/QH15)."
    src = STARTER + "; " + PLACE if cid in ("ha-noi", "kon-tum", "quang-tri", "hoa-binh", "dak-lak", "gia-lai",
                                             "quang-nam", "quang-binh", "thua-thien-hue") else PLACE
    if succ or cid in MERGED_INTO:
        src += "; " + R202
    C(cid, vi, en, "place", src, var=var, abbr=abbr, cs=cs, note=note, valid=valid, succ=succ, lo=lo, km=km)
C("tinh", "Tỉnh", "Province", "place", TT10, cs=True, note="TT: 'Tỉnh Hà Nam' = Ha Nam Province.")
C("thu-do-ha-noi", "Thủ đô Hà Nội", "Hanoi Capital", "place", TT10, en_st="p")

# regions
REGIONS = [
    ("tay-nguyen", "Tây Nguyên", "Central Highlands", STARTER),
    ("dbscl", "Đồng bằng sông Cửu Long", "Mekong Delta", VNA),
    ("dbsh", "Đồng bằng sông Hồng", "Red River Delta", VNA),
    ("dong-nam-bo", "Đông Nam Bộ", "Southeast region", VNA),
    ("bac-trung-bo", "Bắc Trung Bộ", "North Central region", VNA),
    ("duyen-hai-nam-trung-bo", "Duyên hải Nam Trung Bộ", "South Central Coast", VNA),
    ("trung-du-mien-nui-phia-bac", "Trung du và miền núi phía Bắc", "northern midland and mountainous region", VNA),
    ("tay-bac", "Tây Bắc", "Northwest region", VNA),
    ("dong-duong", "Đông Dương", "Indochina", STARTER),
    ("nam-lao", "Nam Lào", "southern Laos", STARTER),
    ("dong-bac-campuchia", "Đông Bắc Campuchia", "northeastern Cambodia", STARTER),
    ("tieu-vung-song-me-cong", "Tiểu vùng sông Mê Công", "Mekong Sub-region", VNA),
]
for cid, vi, en, src in REGIONS:
    C(cid, vi, en, "place", src, abbr=["ĐBSCL"] if cid == "dbscl" else [])
C("tam-giac-phat-trien", "Khu vực tam giác phát triển Campuchia - Lào - Việt Nam",
  "Cambodia-Laos-Vietnam Development Triangle Area", "place", STARTER,
  var=["Khu vực tam giác phát triển Việt Nam - Lào - Campuchia", "Tam giác phát triển Campuchia - Lào - Việt Nam",
       "Tam giác phát triển Việt Nam - Lào - Campuchia"], abbr=["CLV"])

# neighbouring countries' provinces (Lao provinces bordering Vietnam; Cambodian CLV and border provinces)
NEIGH = [
    ("phongsaly", "Phông-xa-lỳ", "Phongsaly", ["Phongsaly"], (), ()),
    ("luang-prabang", "Luông Pha-bang", "Luang Prabang", ["Luang Prabang", "Luông Prabang"],
     [("ຫຼວງພະບາງ", A_PASAXON)], ()),
    ("houaphanh", "Hủa Phăn", "Houaphanh", ["Houaphanh", "Hua Phan"], [("ຫົວພັນ", A_VNALO)], ()),
    ("xiengkhouang", "Xiêng Khoảng", "Xiengkhouang", ["Xieng Khouang"], [("ຊຽງຂວາງ", A_LAOPEDIA)], ()),
    ("bolikhamxay", "Bô-ly-khăm-xay", "Bolikhamxay", ["Bolikhamxay", "Bolikhamsai"],
     [("ບໍລິຄຳໄຊ", A_PASAXON + "; " + A_MAFLA)], ()),
    ("khammouane", "Khăm Muộn", "Khammouane", ["Khammouane"], [("ຄຳມ່ວນ", A_MAFLA)], ()),
    ("savannakhet", "Xa-va-na-khẹt", "Savannakhet", ["Savannakhet", "Savănnakhệt"], (), ()),
    ("salavan", "Sa-la-van", "Salavan", ["Salavan", "Saravan"], (), ()),
    ("sekong", "Sê Kông", "Sekong", ["Xê Kông"], (), ()),
    ("attapeu", "Attapư", "Attapeu", ["Át-ta-pư"], (), ()),
    ("champasak", "Chăm-pa-xắc", "Champasak", ["Champasak", "Chămpasắc"], (), ()),
    ("vientiane-capital", "Thủ đô Viêng Chăn", "Vientiane Capital", ["Viêng Chăn"], [("ນະຄອນຫຼວງວຽງຈັນ", A_PASAXON + "; " + A_MAFLA)], ()),
    ("ratanakiri", "Ratanakiri", "Ratanakiri", ["Ra-ta-na-ki-ri"], (), ()),
    ("mondulkiri", "Mondulkiri", "Mondulkiri", ["Mun-đun-ki-ri"], (), ()),
    ("stung-treng", "Stung Treng", "Stung Treng", ["Xtung Treng"], (), ()),
    ("kratie", "Kratie", "Kratie", ["Kra-chê"], (), ()),
    ("svay-rieng", "Svay Rieng", "Svay Rieng", ["Xvây Riêng"], (), ()),
    ("prey-veng", "Prey Veng", "Prey Veng", ["Prây Veng"], (), ()),
    ("tbong-khmum", "Tbong Khmum", "Tbong Khmum", [], (), ()),
    ("kampot", "Kampot", "Kampot", ["Cam-pốt"], (), ()),
    ("takeo", "Takeo", "Takeo", ["Ta-keo"], (), ()),
    ("kandal", "Kandal", "Kandal", [], (), ()),
    ("phnom-penh", "Phnom Penh", "Phnom Penh", ["Phnôm Pênh", "Nông Pênh"], (), ()),
]
for cid, vi, en, var, lo, km in NEIGH:
    var = [v for v in var if v != vi]
    src = STARTER + "; " + FOREIGN_PLACE if cid in ("sekong", "attapeu", "ratanakiri") else FOREIGN_PLACE
    C(cid, vi, en, "place", src, var=var, lo=lo, km=km,
      en_st="a" if cid not in ("tbong-khmum", "kandal") else "p",
      note="Laos" if cid in ("phongsaly", "luang-prabang", "houaphanh", "xiengkhouang", "bolikhamxay", "khammouane",
                             "savannakhet", "salavan", "sekong", "attapeu", "champasak", "vientiane-capital")
      else "Cambodia")

COUNTRIES = [
    ("viet-nam", "Việt Nam", "Vietnam", [("ຫວຽດນາມ", A_PASAXON)], [("វៀតណាម", A_VNAKM)], STARTER + " (TT 03/2009: Viet Nam)"),
    ("lao", "Lào", "Laos", [("ລາວ", A_PASAXON)], [("ឡាវ", A_VNAKM)], STARTER),
    ("campuchia", "Campuchia", "Cambodia", (), [("កម្ពុជា", A_VOVKM)], STARTER),
    ("nhat-ban", "Nhật Bản", "Japan", (), (), STARTER),
    ("han-quoc", "Hàn Quốc", "Republic of Korea", (), (), STARTER),
    ("trung-quoc", "Trung Quốc", "China", (), (), VNA),
    ("hoa-ky", "Hoa Kỳ", "United States", (), (), VNA),
    ("nga", "Liên bang Nga", "Russian Federation", (), (), VNA),
    ("an-do", "Ấn Độ", "India", (), (), VNA),
    ("thai-lan", "Thái Lan", "Thailand", (), (), VNA),
    ("singapore", "Singapore", "Singapore", (), (), VNA),
    ("indonesia", "Indonesia", "Indonesia", (), (), VNA),
    ("malaysia", "Malaysia", "Malaysia", (), (), VNA),
    ("philippines", "Philippines", "Philippines", (), (), VNA),
    ("myanmar", "Myanmar", "Myanmar", (), (), VNA),
    ("brunei", "Brunei", "Brunei", (), (), VNA),
    ("timor-leste", "Timor-Leste", "Timor-Leste", (), (), VNA),
    ("australia", "Australia", "Australia", (), (), VNA),
    ("phap", "Pháp", "France", (), (), VNA),
    ("duc", "Đức", "Germany", (), (), VNA),
    ("anh", "Vương quốc Anh", "United Kingdom", (), (), VNA),
    ("cuba", "Cuba", "Cuba", (), (), VNA),
    ("trieu-tien", "Triều Tiên", "Democratic People's Republic of Korea", (), (), VNA),
    ("cong-hoa-dcnd-lao", "Cộng hòa Dân chủ Nhân dân Lào", "Lao People's Democratic Republic", (), (), VNA),
    ("vuong-quoc-campuchia", "Vương quốc Campuchia", "Kingdom of Cambodia", (), (), VNA),
]
for cid, vi, en, lo, km, src in COUNTRIES:
    C(cid, vi, en, "place", src, lo=lo, km=km,
      var=["Úc"] if cid == "australia" else (["Mỹ"] if cid == "hoa-ky" else (["Nga"] if cid == "nga" else [])),
      abbr=["CHDCND Lào"] if cid == "cong-hoa-dcnd-lao" else [])
C("nga-ba-dong-duong", "ngã ba Đông Dương", "Indochina junction", "place", STARTER)

# =====================================================================================
# 13. Foreign and international organisations
# =====================================================================================
FOREIGN = [
    ("lien-hop-quoc", "Liên hợp quốc", "United Nations", ["LHQ"], [("ສະຫະປະຊາຊາດ", A_TDLO), ("ສປຊ", A_VOVLO)], STARTER),
    ("hdba-lhq", "Hội đồng Bảo an Liên hợp quốc", "United Nations Security Council", ["HĐBA LHQ"], (), VNA),
    ("dhd-lhq", "Đại hội đồng Liên hợp quốc", "United Nations General Assembly", ["ĐHĐ LHQ"], (), VNA),
    ("hoi-dong-nhan-quyen-lhq", "Hội đồng Nhân quyền Liên hợp quốc", "United Nations Human Rights Council", [],
     [("ສະພາສິດທິມະນຸດສະຫະປະຊາຊາດ", A_TDLO)], VNA),
    ("asean", "Hiệp hội các quốc gia Đông Nam Á", "Association of Southeast Asian Nations", ["ASEAN"],
     [("ອາຊຽນ", A_PASAXON)], OWN),
    ("cong-dong-asean", "Cộng đồng ASEAN", "ASEAN Community", [], (), OWN),
    ("hoi-nghi-cap-cao-asean", "Hội nghị Cấp cao ASEAN", "ASEAN Summit", [], (), VNA),
    ("ban-thu-ky-asean", "Ban Thư ký ASEAN", "ASEAN Secretariat", [], (), OWN),
    ("aipa", "Đại hội đồng Liên nghị viện ASEAN", "ASEAN Inter-Parliamentary Assembly", ["AIPA"], (), OWN),
    ("ipu", "Liên minh Nghị viện thế giới", "Inter-Parliamentary Union", ["IPU"], (), OWN),
    ("usaid", "Cơ quan Phát triển quốc tế Hoa Kỳ", "United States Agency for International Development", ["USAID"], (), OWN),
    ("jica", "Cơ quan Hợp tác quốc tế Nhật Bản", "Japan International Cooperation Agency", ["JICA"], (), OWN),
    ("koica", "Cơ quan Hợp tác quốc tế Hàn Quốc", "Korea International Cooperation Agency", ["KOICA"], (), OWN),
    ("undp", "Chương trình Phát triển Liên hợp quốc", "United Nations Development Programme", ["UNDP"], (), OWN),
    ("unicef", "Quỹ Nhi đồng Liên hợp quốc", "United Nations Children's Fund", ["UNICEF"], (), OWN),
    ("unesco", "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc",
     "United Nations Educational, Scientific and Cultural Organization", ["UNESCO"], (), OWN),
    ("unfpa", "Quỹ Dân số Liên hợp quốc", "United Nations Population Fund", ["UNFPA"], (), OWN),
    ("who", "Tổ chức Y tế Thế giới", "World Health Organization", ["WHO"], (), OWN),
    ("fao", "Tổ chức Lương thực và Nông nghiệp Liên hợp quốc", "Food and Agriculture Organization of the United Nations",
     ["FAO"], (), OWN),
    ("ilo", "Tổ chức Lao động quốc tế", "International Labour Organization", ["ILO"], (), OWN),
    ("iom", "Tổ chức Di cư quốc tế", "International Organization for Migration", ["IOM"], (), OWN),
    ("wb", "Ngân hàng Thế giới", "World Bank", ["WB"], (), OWN),
    ("adb", "Ngân hàng Phát triển châu Á", "Asian Development Bank", ["ADB"], (), OWN),
    ("imf", "Quỹ Tiền tệ quốc tế", "International Monetary Fund", ["IMF"], (), OWN),
    ("wto", "Tổ chức Thương mại thế giới", "World Trade Organization", ["WTO"], (), OWN),
    ("apec", "Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương", "Asia-Pacific Economic Cooperation", ["APEC"], (), OWN),
    ("eu", "Liên minh châu Âu", "European Union", ["EU"], (), OWN),
    ("mekong-lancang", "Hợp tác Mê Công - Lan Thương", "Mekong-Lancang Cooperation", [], (), OWN),
    ("mrc", "Ủy hội sông Mê Công quốc tế", "Mekong River Commission", ["MRC"], (), OWN),
    ("gms", "Tiểu vùng Mê Công mở rộng", "Greater Mekong Subregion", ["GMS"], (), OWN),
    ("mekong-nhat-ban", "Hợp tác Mê Công - Nhật Bản", "Mekong-Japan Cooperation", [], (), OWN),
    ("mekong-hoa-ky", "Quan hệ Đối tác Mê Công - Hoa Kỳ", "Mekong-U.S. Partnership", [], (), OWN),
    ("acmecs", "Chiến lược hợp tác kinh tế Ayeyawady - Chao Phraya - Mê Công",
     "Ayeyawady - Chao Phraya - Mekong Economic Cooperation Strategy", ["ACMECS"], (), OWN),
    ("clmv", "Hợp tác Campuchia - Lào - Myanmar - Việt Nam", "Cambodia-Laos-Myanmar-Vietnam Cooperation", ["CLMV"], (), VNA),
    ("giz", "Tổ chức Hợp tác quốc tế Đức", "German Agency for International Cooperation", ["GIZ"], (), OWN),
    ("afd", "Cơ quan Phát triển Pháp", "French Development Agency", ["AFD"], (), OWN),
    ("cptpp", "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương",
     "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP"], (), OWN),
    ("rcep", "Hiệp định Đối tác Kinh tế Toàn diện Khu vực", "Regional Comprehensive Economic Partnership", ["RCEP"], (), OWN),
    ("evfta", "Hiệp định Thương mại tự do Việt Nam - EU", "EU-Vietnam Free Trade Agreement", ["EVFTA"], (), OWN),
]
for cid, vi, en, abbr, lo, src in FOREIGN:
    C(cid, vi, en, "org-foreign", src, abbr=abbr, lo=lo,
      en_st="p" if cid in ("mekong-hoa-ky", "clmv", "acmecs", "giz") else "a")
C("dong-bao", "đồng bào", "compatriots", "term", VNA, en_st="p",
  note="On its own; 'đồng bào dân tộc thiểu số' is a separate concept.")


# Deputy ranks of two central titles (VNA usage), and titles that have no deputy rank.
C("pho-tong-kiem-toan-nha-nuoc", "Phó Tổng Kiểm toán Nhà nước", "Deputy State Auditor General", "title", VNA)
C("pho-tong-thu-ky-quoc-hoi", "Phó Tổng Thư ký Quốc hội", "Deputy Secretary General of the National Assembly",
  "title", VNA)
NO_DEPUTY = ("nguoi-phat-ngon-bng", "bi-thu-tw", "dai-bieu-quoc-hoi", "dai-su", "dai-su-dac-menh-toan-quyen",
             "tong-lanh-su", "lanh-su", "lanh-su-danh-du", "dai-bien", "dai-bien-lam-thoi", "tham-tan-cong-su",
             "tham-tan", "bi-thu-thu-nhat", "bi-thu-thu-hai", "bi-thu-thu-ba", "tuy-vien", "tuy-vien-quoc-phong")
for _c in CONCEPTS:
    if _c["id"] in ("tong-kiem-toan-nha-nuoc", "tong-thu-ky-quoc-hoi"):
        _c["deputy"], _c["dword"] = "pho-" + _c["id"], "Deputy"
    if _c["id"] in NO_DEPUTY:
        _c["note"] = (_c["note"] + " " if _c["note"] else "") + "No deputy rank."


# =====================================================================================
# writer
# =====================================================================================
KINDS = ("body", "title", "doctype", "place", "term", "org-foreign")
LATIN_ABBR = re.compile(r"^[A-Z]{2,}[A-Za-z0-9.&-]*$")


def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def en_key(s: str) -> str:
    s = re.sub(r"^(the|a|an)\s+", "", s.strip(), flags=re.I)
    s = re.sub(r"\b(the|a|an)\b\s*", "", s, flags=re.I)
    return " ".join(s.casefold().split())


def vi_key(s: str) -> str:
    s = unicodedata.normalize("NFD", s.casefold())
    s = s.replace("\u0110", "d").replace("\u0111", "d")
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


def validate() -> list[str]:
    errors = []
    ids = {c["id"] for c in CONCEPTS}
    heads: dict[str, str] = {}
    forms: dict[str, str] = {}
    ens: dict[str, str] = {}
    for c in CONCEPTS:
        if c["kind"] not in KINDS:
            errors.append(f"{c['id']}: bad kind {c['kind']}")
        if not c["src"]:
            errors.append(f"{c['id']}: no source")
        h = c["vi"].casefold()
        if h in heads:
            errors.append(f"{c['id']}: headword '{c['vi']}' also in {heads[h]}")
        heads[h] = c["id"]
        for f in [c["vi"]] + c["var"]:
            k = f.casefold()
            if k in forms and forms[k] != c["id"]:
                errors.append(f"{c['id']}: form '{f}' also in {forms[k]}")
            forms[k] = c["id"]
        for f in c["abbr"]:
            if f in forms and forms[f] != c["id"]:
                errors.append(f"{c['id']}: abbreviation '{f}' also in {forms[f]}")
            forms[f] = c["id"]
        k = en_key(c["en"])
        if k in ens:
            errors.append(f"{c['id']}: English '{c['en']}' ~ {ens[k]}")
        ens[k] = c["id"]
        for ref in ("succ", "deputy"):
            if c[ref] and c[ref] not in ids:
                errors.append(f"{c['id']}: {ref} -> unknown id {c[ref]}")
        if c["succ"] and not c["valid"]:
            errors.append(f"{c['id']}: successor without ttdn-valid")
        if c["kind"] == "title" and c["deputy"] and not c["dword"]:
            errors.append(f"{c['id']}: deputy without deputy word")
    return errors


def counts() -> dict:
    kinds = {k: sum(1 for c in CONCEPTS if c["kind"] == k) for k in KINDS}
    pairs = sum(1 for c in CONCEPTS if c["succ"])
    dated = sum(1 for c in CONCEPTS if c["valid"])
    lo = sum(1 for c in CONCEPTS if c["lo"])
    km = sum(1 for c in CONCEPTS if c["km"])
    n = len(CONCEPTS)
    approved = sum(1 for c in CONCEPTS if c["en_st"] == "a")
    return dict(n=n, kinds=kinds, pairs=pairs, dated=dated, lo=lo, lo_not=n - lo, km=km, km_not=n - km,
                en_approved=approved, en_proposed=n - approved,
                lo_terms=sum(len(c["lo"]) for c in CONCEPTS), km_terms=sum(len(c["km"]) for c in CONCEPTS))


def _tig(lines, ind, term, status, *, ttype=None, cs=False, note=None):
    sp = " " * ind
    lines.append(f"{sp}<tig>")
    lines.append(f"{sp}  <term>{escape(_norm(term))}</term>")
    if ttype:
        lines.append(f'{sp}  <termNote type="termType">{ttype}</termNote>')
    if status == "a":
        lines.append(f'{sp}  <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>')
    elif status == "p":
        lines.append(f'{sp}  <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>')
        lines.append(f'{sp}  <termNote type="ttdn-status">proposed</termNote>')
    else:
        lines.append(f'{sp}  <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>')
    if cs:
        lines.append(f'{sp}  <termNote type="ttdn-caseSensitive">yes</termNote>')
    if note:
        lines.append(f"{sp}  <note>{escape(_norm(note))}</note>")
    lines.append(f"{sp}</tig>")


def render() -> str:
    k = counts()
    kinds = ", ".join(f"{n} {kind}" for kind, n in k["kinds"].items())
    head = (f"ttdn-i18n national glossary: {k['n']} concepts ({kinds}); {k['pairs']} concepts superseded in the "
            f"2025 reorganisation point to their successor. English: {k['en_approved']} approved, "
            f"{k['en_proposed']} proposed, after TT 03/2009/TT-BNG and official/VNA usage (per-concept ttdn-source; "
            f"glossaries/SOURCES.md). Lao: {k['lo']} concepts with an attested rendering, {k['lo_not']} without; "
            f"Khmer: {k['km']} with, {k['km_not']} without. Every lo/km term is attested in use (note) and stays "
            f"proposed. Statuses: preferredTerm = approved, admittedTerm + ttdn-status = proposed, deprecatedTerm = "
            f"forbidden; see glossaries/README.md. Generated by glossaries/build_national.py.")
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<martif type="TBX" xml:lang="vi">', "  <martifHeader>",
         "    <fileDesc>", "      <titleStmt>", "        <title>ttdn-national</title>", "      </titleStmt>",
         "      <sourceDesc>", f"        <p>{escape(head)}</p>", "      </sourceDesc>", "    </fileDesc>",
         "    <encodingDesc>", '      <p type="XCSURI">TBXBasicXCSV02.xcs</p>', "    </encodingDesc>",
         "  </martifHeader>", "  <text>", "    <body>"]
    for c in CONCEPTS:
        L.append(f'      <termEntry id="{c["id"]}">')
        if c["note"]:
            L.append(f'        <descrip type="definition">{escape(_norm(c["note"]))}</descrip>')
        L.append(f'        <descrip type="ttdn-kind">{c["kind"]}</descrip>')
        L.append(f'        <descrip type="ttdn-source">{escape(c["src"])}</descrip>')
        if c["valid"]:
            L.append(f'        <descrip type="ttdn-valid">{c["valid"]}</descrip>')
        if c["succ"]:
            L.append(f'        <descrip type="ttdn-successor">{c["succ"]}</descrip>')
        if c["deputy"]:
            L.append(f'        <descrip type="ttdn-deputy">{c["deputy"]}</descrip>')
            L.append(f'        <descrip type="ttdn-deputy-word">{c["dword"]}</descrip>')
        L.append('        <langSet xml:lang="vi">')
        _tig(L, 10, c["vi"], "a", ttype="fullForm", cs=c["cs"])
        for v in c["var"]:
            _tig(L, 10, v, "p", ttype="variant", cs=c["cs"])
        for a in c["abbr"]:
            _tig(L, 10, a, "p", ttype="abbreviation")
        L.append("        </langSet>")
        L.append('        <langSet xml:lang="en">')
        _tig(L, 10, c["en"], c["en_st"])
        for a in c["en_alt"]:
            _tig(L, 10, a, "p")
        for b in c["en_bad"]:
            _tig(L, 10, b, "f")
        L.append("        </langSet>")
        for lang in ("lo", "km"):
            if c[lang]:
                L.append(f'        <langSet xml:lang="{lang}">')
                for text, src in c[lang]:
                    _tig(L, 10, text, "p", note="attested: " + src)
                L.append("        </langSet>")
        L.append("      </termEntry>")
    L += ["    </body>", "  </text>", "</martif>", ""]
    return "\n".join(L)


def main(argv: list[str]) -> int:
    errors = validate()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 2
    text = render()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT.name} is stale; run build_national.py")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    k = counts()
    print(f"wrote {OUT} : {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
