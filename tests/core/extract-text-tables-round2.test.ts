/**
 * Tables pasted as text and office shorthand rows, round 2: abbreviated units, labels with "ước" or
 * a year pair after the colon, two-row headers, sub-rows ("a)", "+", "Trong đó:") and lines of a
 * PDF paste hard-wrapped mid-sentence. Written for these tests from the keying conventions
 * (tests/extract-corpus/README.md, /work/agree/conventions.md), none from the corpus. The HELD half
 * was written, keyed and committed before the extractor ran on it and was never tuned on: its score
 * is asserted as measured when the tuning ended, so that a later change may only raise it. The
 * TUNED half was written from the shapes round 1 left and is tuned on. Matching is the corpus's:
 * same figure, same folded unit, names whose folded word sets overlap by Dice ≥ 0.5, and here the
 * stated percentages and the estimate flag too.
 */
import type { Proposal } from "../../src/core/extract";
import { foldText } from "../../src/core/rules";
import { nameOverlap, planFigure, read } from "./proposals";

interface Key {
  name: string;
  unit: string;
  actual?: number;
  plan?: number;
  pctPlan?: number;
  pctPrior?: number;
  changePct?: number;
  estimate?: boolean;
}

interface Paste {
  text: string;
  want: Key[];
}

const A = (name: string, unit: string, actual: number, more: Omit<Key, "name" | "unit"> = {}): Key => ({
  name,
  unit,
  actual,
  ...more,
});
const P = (name: string, unit: string, plan: number): Key => ({ name, unit, plan });

const fits = (p: Proposal, k: Key): boolean =>
  (k.actual !== undefined ? p.actual === k.actual : p.actual === null && planFigure(p) === k.plan) &&
  foldText(p.unit) === foldText(k.unit) &&
  nameOverlap(p.name, k.name) >= 0.5 &&
  p.pctPlan === (k.pctPlan ?? null) &&
  p.pctPrior === (k.pctPrior ?? null) &&
  p.changePct === (k.changePct ?? null) &&
  p.estimate === (k.estimate ?? false);

/** Keys found among the proposals (each proposal matched once), proposals, keys. */
function score(pastes: readonly Paste[]): [number, number, number] {
  let matched = 0;
  let proposed = 0;
  let expected = 0;
  for (const { text, want } of pastes) {
    const free = read(text);
    proposed += free.length;
    expected += want.length;
    for (const k of want) {
      const i = free.findIndex((p) => fits(p, k));
      if (i >= 0) {
        matched++;
        free.splice(i, 1);
      }
    }
  }
  return [matched, proposed, expected];
}

/** The misses of one paste, for the tuner's eye (never printed for the HELD half). */
const misses = (paste: Paste): string[] => {
  const free = read(paste.text);
  const out: string[] = [];
  for (const k of paste.want) {
    const i = free.findIndex((p) => fits(p, k));
    if (i >= 0) free.splice(i, 1);
    else out.push(`missed: ${JSON.stringify(k)}`);
  }
  for (const p of free)
    out.push(
      `extra: ${JSON.stringify([p.name, p.unit, p.actual, planFigure(p), p.pctPlan, p.pctPrior, p.changePct, p.estimate])}`,
    );
  return out;
};

/** The half held out of the tuning: written and keyed before the extractor ran on it. */
const HELD: Paste[] = [
  {
    text: [
      "- Số học sinh ra lớp đầu năm học: 12.430 hs, tăng 2,1% CK",
      "- Biên chế giáo viên được giao: 1.126 GV",
      "- Điều trị nội trú: 3.215 BN, tăng 4,6% CK",
    ].join("\n"),
    want: [
      A("Số học sinh ra lớp đầu năm học", "học sinh", 12430, { changePct: 2.1 }),
      A("Biên chế giáo viên được giao", "giáo viên", 1126),
      A("Điều trị nội trú", "bệnh nhân", 3215, { changePct: 4.6 }),
    ],
  },
  {
    text: [
      "- Giải quyết việc làm: 2.840 LĐ/KH 2.700 LĐ, đạt 105,2% KH",
      "- Vốn đầu tư công giải ngân: 215,4 tỷ đ, đạt 71,8% KH",
      "- Thu ngân sách xã Tân Hòa: 8.640 tr.đ, đạt 96% DT",
    ].join("\n"),
    want: [
      A("Giải quyết việc làm", "lao động", 2840, { pctPlan: 105.2 }),
      A("Vốn đầu tư công giải ngân", "tỷ đồng", 215.4, { pctPlan: 71.8 }),
      A("Thu ngân sách xã Tân Hòa", "triệu đồng", 8640, { pctPlan: 96 }),
    ],
  },
  {
    text: [
      "- Chi thường xuyên: ước 1.845,2 tỷ đồng, bằng 97,3% DT",
      "- Chi NS huyện: ước 986,3 tỷ đồng, đạt 102,1% DT",
      "- Thu từ đất: ước 412 tỷ đồng",
    ].join("\n"),
    want: [
      A("Chi thường xuyên", "tỷ đồng", 1845.2, { pctPlan: 97.3, estimate: true }),
      A("Chi ngân sách huyện", "tỷ đồng", 986.3, { pctPlan: 102.1, estimate: true }),
      A("Thu từ đất", "tỷ đồng", 412, { estimate: true }),
    ],
  },
  {
    text: [
      "- Diện tích gieo trồng cây hằng năm: TH 2026 24.150 ha, KH 2027 24.500 ha",
      "- Tổng đàn gia cầm: TH 2026 1.284.000 con, KH 2027 1.350.000 con",
    ].join("\n"),
    want: [
      A("Diện tích gieo trồng cây hằng năm", "ha", 24150),
      P("Diện tích gieo trồng cây hằng năm", "ha", 24500),
      A("Tổng đàn gia cầm", "con", 1284000),
      P("Tổng đàn gia cầm", "con", 1350000),
    ],
  },
  {
    text: [
      "- Đón khách tham quan 1,45 triệu lượt, tăng 12% CK",
      "- Doanh thu từ du lịch 684,5 tỷ đồng, tăng 15,3% CK",
    ].join("\n"),
    want: [
      A("Khách tham quan", "lượt", 1450000, { changePct: 12 }),
      A("Doanh thu từ du lịch", "tỷ đồng", 684.5, { changePct: 15.3 }),
    ],
  },
  {
    text: [
      "- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
      "giảm còn 14,2%.",
      "- Số hộ gia đình được công nhận gia đình văn hóa",
      "đạt 42.360 hộ.",
    ].join("\n"),
    want: [
      A("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", 14.2),
      A("Số hộ gia đình được công nhận gia đình văn hóa", "hộ", 42360),
    ],
  },
  {
    text: [
      "Chỉ tiêu\tĐVT\tNăm 2026\t\t",
      "\t\tKế hoạch\tThực hiện\t% KH",
      "Số lao động được đào tạo nghề\tngười\t4.500\t4.680\t104",
      "Số hộ được hỗ trợ nhà ở\thộ\t320\t305\t95,3",
    ].join("\n"),
    want: [
      A("Số lao động được đào tạo nghề", "người", 4680, { pctPlan: 104 }),
      A("Số hộ được hỗ trợ nhà ở", "hộ", 305, { pctPlan: 95.3 }),
    ],
  },
  {
    text: [
      "Chỉ tiêu | ĐVT | Ước TH 2026",
      "1. Tổng thu ngân sách trên địa bàn | tỷ đồng | 2.640",
      "a) Thu nội địa | tỷ đồng | 2.180",
      "b) Thu từ hoạt động xuất nhập khẩu | tỷ đồng | 460",
    ].join("\n"),
    want: [
      A("Tổng thu ngân sách trên địa bàn", "tỷ đồng", 2640, { estimate: true }),
      A("Thu nội địa", "tỷ đồng", 2180, { estimate: true }),
      A("Thu từ hoạt động xuất nhập khẩu", "tỷ đồng", 460, { estimate: true }),
    ],
  },
  {
    text: [
      "Chỉ tiêu | ĐVT | Năm 2026",
      "Tổng số lao động có việc làm mới | lao động | 18.200",
      "Trong đó: | |",
      "- Xuất khẩu lao động | lao động | 1.350",
      "Số người tham gia bảo hiểm xã hội | người | 96.400",
    ].join("\n"),
    want: [
      A("Tổng số lao động có việc làm mới", "lao động", 18200),
      A("Xuất khẩu lao động", "lao động", 1350),
      A("Số người tham gia bảo hiểm xã hội", "người", 96400),
    ],
  },
  {
    text: [
      "Chỉ tiêu\tĐVT\tTH 2026\t% CK",
      "Số học sinh tốt nghiệp THPT\ths\t8.412\t102,6",
      "Số lượt khám chữa bệnh BHYT\tlượt\t284.650\t106,1",
      "Số lao động đi làm việc ở nước ngoài\tLĐ\t1.205\t110,4",
    ].join("\n"),
    want: [
      A("Số học sinh tốt nghiệp THPT", "học sinh", 8412, { pctPrior: 102.6 }),
      A("Số lượt khám chữa bệnh BHYT", "lượt", 284650, { pctPrior: 106.1 }),
      A("Số lao động đi làm việc ở nước ngoài", "lao động", 1205, { pctPrior: 110.4 }),
    ],
  },
  {
    text: [
      "- Thu nhập BQ đầu người: 62,4 tr.đ/người/năm, tăng 7,2% CK",
      "- Giá trị SX nông nghiệp: 3.412 tỷ đ, tăng 3,8% CK",
    ].join("\n"),
    want: [
      A("Thu nhập bình quân đầu người", "triệu đồng/người/năm", 62.4, { changePct: 7.2 }),
      A("Giá trị sản xuất nông nghiệp", "tỷ đồng", 3412, { changePct: 3.8 }),
    ],
  },
  {
    text: [
      "Chỉ tiêu | ĐVT | TH 2026",
      "Số trường học đạt chuẩn quốc gia | trường | 142",
      "+ Trường mầm non đạt chuẩn | trường | 48",
      "+ Trường tiểu học đạt chuẩn | trường | 56",
    ].join("\n"),
    want: [
      A("Số trường học đạt chuẩn quốc gia", "trường", 142),
      A("Trường mầm non đạt chuẩn", "trường", 48),
      A("Trường tiểu học đạt chuẩn", "trường", 56),
    ],
  },
  {
    text: [
      "2. Về văn hóa - xã hội",
      "- Tỷ lệ dân số tham gia bảo hiểm y tế trên địa bàn huyện",
      "ước đạt 95,4%, vượt 0,4% KH.",
      "- Số thôn, khu dân cư có nhà văn hóa đạt chuẩn là",
      "214 thôn.",
    ].join("\n"),
    want: [
      A("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95.4, { estimate: true }),
      A("Số thôn, khu dân cư có nhà văn hóa đạt chuẩn", "thôn", 214),
    ],
  },
];

/** The half tuned on: shapes round 1 left, in fresh wording. */
const TUNED: Paste[] = [
  {
    text: ["- Thu hút khách du lịch 2,6 triệu lượt, tăng 9,4% CK", "- Chi NSĐP: ước 2.718,4 tỷ đồng"].join(
      "\n",
    ),
    want: [
      A("Thu hút khách du lịch", "lượt", 2600000, { changePct: 9.4 }),
      A("Chi ngân sách địa phương", "tỷ đồng", 2718.4, { estimate: true }),
    ],
  },
  {
    text: [
      "- Thu nội địa: ước 1.905,7 tỷ đồng, đạt 103,2% DT",
      "- Chi đầu tư phát triển: ước 640 tỷ đồng",
    ].join("\n"),
    want: [
      A("Thu nội địa", "tỷ đồng", 1905.7, { pctPlan: 103.2, estimate: true }),
      A("Chi đầu tư phát triển", "tỷ đồng", 640, { estimate: true }),
    ],
  },
  {
    text: "- Sản lượng thủy sản: TH 2026 21.340 tấn, KH 2027 22.000 tấn",
    want: [A("Sản lượng thủy sản", "tấn", 21340), P("Sản lượng thủy sản", "tấn", 22000)],
  },
  {
    text: ["- Tuyển sinh lớp 10: 6.215 hs", "- Khám sàng lọc: 14.380 BN", "- Đào tạo nghề: 1.730 LĐ"].join(
      "\n",
    ),
    want: [
      A("Tuyển sinh lớp 10", "học sinh", 6215),
      A("Khám sàng lọc", "bệnh nhân", 14380),
      A("Đào tạo nghề", "lao động", 1730),
    ],
  },
  {
    text: ["- Bồi dưỡng chuyên môn: 845 GV", "- Thu NS xã: 6.215 tr.đ; chi NS xã: 5.980 tr.đ"].join("\n"),
    want: [
      A("Bồi dưỡng chuyên môn", "giáo viên", 845),
      A("Thu ngân sách xã", "triệu đồng", 6215),
      A("Chi ngân sách xã", "triệu đồng", 5980),
    ],
  },
  {
    text: [
      "- Tỷ lệ hộ dân nông thôn được dùng nước hợp vệ sinh",
      "đạt 97,2%.",
      "- Số xã có bác sĩ làm việc tại trạm y tế",
      "là 26 xã.",
    ].join("\n"),
    want: [
      A("Tỷ lệ hộ dân nông thôn được dùng nước hợp vệ sinh", "%", 97.2),
      A("Số xã có bác sĩ làm việc tại trạm y tế", "xã", 26),
    ],
  },
  {
    text: [
      "Chỉ tiêu | ĐVT | Năm 2026 | |",
      "| | KH | TH | % KH",
      "Số doanh nghiệp thành lập mới | doanh nghiệp | 420 | 451 | 107,4",
      "Vốn đăng ký mới | tỷ đồng | 3.200 | 3.564 | 111,4",
    ].join("\n"),
    want: [
      A("Số doanh nghiệp thành lập mới", "doanh nghiệp", 451, { pctPlan: 107.4 }),
      A("Vốn đăng ký mới", "tỷ đồng", 3564, { pctPlan: 111.4 }),
    ],
  },
  {
    text: [
      "Chỉ tiêu\tĐVT\tTH 2026",
      "1. Tổng chi ngân sách địa phương\ttỷ đồng\t4.210",
      "a) Chi đầu tư phát triển\ttỷ đồng\t1.120",
      "b) Chi thường xuyên\ttỷ đồng\t2.950",
    ].join("\n"),
    want: [
      A("Tổng chi ngân sách địa phương", "tỷ đồng", 4210),
      A("Chi đầu tư phát triển", "tỷ đồng", 1120),
      A("Chi thường xuyên", "tỷ đồng", 2950),
    ],
  },
  {
    text: [
      "Chỉ tiêu | ĐVT | Năm 2026",
      "Số xã đạt chuẩn nông thôn mới | xã | 64",
      "Trong đó: | |",
      "+ Xã nông thôn mới nâng cao | xã | 21",
      "+ Xã nông thôn mới kiểu mẫu | xã | 6",
    ].join("\n"),
    want: [
      A("Số xã đạt chuẩn nông thôn mới", "xã", 64),
      A("Xã nông thôn mới nâng cao", "xã", 21),
      A("Xã nông thôn mới kiểu mẫu", "xã", 6),
    ],
  },
  {
    text: [
      "Chỉ tiêu\tĐVT\tƯớc TH 2026",
      "Số lượt bệnh nhân điều trị nội trú\tBN\t18.240",
      "Số giáo viên đạt chuẩn\tGV\t2.315",
    ].join("\n"),
    want: [
      A("Số lượt bệnh nhân điều trị nội trú", "bệnh nhân", 18240, { estimate: true }),
      A("Số giáo viên đạt chuẩn", "giáo viên", 2315, { estimate: true }),
    ],
  },
];

describe("tables pasted as text and shorthand rows, round 2", () => {
  it("scores the held half as when the tuning ended", () => {
    if (process.env.CHITIEU_TABLE_SCORE === "1") console.log("held", score(HELD), "tuned", score(TUNED));
    expect(score(HELD)).toEqual([33, 35, 35]);
  });

  it.each(TUNED.map((p) => [p.text.split("\n")[0] ?? "", p] as const))("reads %s", (_, paste) => {
    if (process.env.CHITIEU_TABLE_SCORE === "1") console.log(misses(paste).join("\n"));
    expect(misses(paste)).toEqual([]);
  });
});
