/**
 * The demo data set: the coordination bodies UN Women leads in Lebanon (see /work/shared/DOMAIN.md),
 * as plain data. `demo.ts` loads it.
 *
 * Only UN entities, governments, the EU and the World Bank carry real names. Every NGO, civil
 * society organisation, foundation and academic body is fictional and says so in its English
 * name: the demo must never suggest that a real organisation sits in a sensitive body. All people
 * are fictional too.
 *
 * Dates are written for DEMO_REFERENCE_YEAR; the loader moves them to the year it is asked for.
 */
import type {
  BODY_KINDS,
  BODY_LEVELS,
  BODY_VISIBILITIES,
  COMMITMENT_STATUSES,
  INDICATOR_DIRECTIONS,
  INDICATOR_MEASURES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  ORGANISATION_TYPE_CODES,
  PLATFORM_ROLES,
  REPORT_STATUSES,
  REVIEW_STATES,
  WORK_AREAS,
} from "../../schema/database.js";

export type Bilingual = { en: string; ar: string };
export type WorkArea = (typeof WORK_AREAS)[number];
export type OrganisationType = (typeof ORGANISATION_TYPE_CODES)[number];
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** The year the dates below are written for. */
export const DEMO_REFERENCE_YEAR = 2026;

// ---------------------------------------------------------------------------------------------
// Frameworks

export interface DemoFramework {
  name: Bilingual;
  description: Bilingual;
  tracks: readonly { code: string; name: Bilingual; description: Bilingual }[];
}

export const DEMO_FRAMEWORKS = {
  "3RF": {
    name: {
      en: "Reform, Recovery and Reconstruction Framework",
      ar: "إطار الإصلاح والإنعاش وإعادة الإعمار",
    },
    description: {
      en: "Set up by the EU, the UN and the World Bank after the Beirut port explosion of 4 August 2020, it links people-centred recovery to reform and reconstruction.",
      ar: "أطلقه الاتحاد الأوروبي والأمم المتحدة والبنك الدولي بعد انفجار مرفأ بيروت في 4 آب/أغسطس 2020، ويربط الإنعاش المتمحور حول الناس بالإصلاح وإعادة الإعمار.",
    },
    tracks: [
      {
        code: "RECOVERY",
        name: { en: "Track 1: People-centred recovery", ar: "المسار الأول: الإنعاش المتمحور حول الناس" },
        description: {
          en: "Meets the urgent needs of the most vulnerable and of the people hit by the explosion: social protection, livelihoods, housing, health, education and culture.",
          ar: "يلبّي الاحتياجات العاجلة للفئات الأكثر ضعفاً وللمتضررين من الانفجار: الحماية الاجتماعية وسبل العيش والسكن والصحة والتعليم والثقافة.",
        },
      },
      {
        code: "REFORM",
        name: { en: "Track 2: Reform and reconstruction", ar: "المسار الثاني: الإصلاح وإعادة الإعمار" },
        description: {
          en: "Governance reforms and the reconstruction of assets, services and infrastructure, so that recovery lasts.",
          ar: "إصلاحات الحوكمة وإعادة إعمار الأصول والخدمات والبنية التحتية، لكي يكون الإنعاش مستداماً.",
        },
      },
    ],
  },
  ERP: {
    name: { en: "Emergency Response Plan", ar: "خطة الاستجابة للطوارئ" },
    description: {
      en: "The inter-agency plan for the emergency response in Lebanon, for Lebanese households, refugees and migrant workers affected by the crisis.",
      ar: "الخطة المشتركة بين الوكالات للاستجابة الطارئة في لبنان، لصالح الأسر اللبنانية واللاجئين والعمال المهاجرين المتأثرين بالأزمة.",
    },
    tracks: [
      {
        code: "LIFESAVING",
        name: { en: "Life-saving assistance", ar: "المساعدة المنقذة للحياة" },
        description: {
          en: "Food, health care, shelter, water and sanitation for displaced and affected people.",
          ar: "الغذاء والرعاية الصحية والمأوى والمياه والصرف الصحي للنازحين والمتضررين.",
        },
      },
      {
        code: "PROTECTION",
        name: { en: "Protection and safe access to services", ar: "الحماية والوصول الآمن إلى الخدمات" },
        description: {
          en: "GBV and child protection services, legal aid and safe referrals, and safe access to them.",
          ar: "خدمات مواجهة العنف القائم على النوع الاجتماعي وحماية الطفل، والمساعدة القانونية والإحالة الآمنة، والوصول الآمن إليها.",
        },
      },
    ],
  },
} satisfies Record<string, DemoFramework>;

export type DemoFrameworkCode = keyof typeof DEMO_FRAMEWORKS;

// ---------------------------------------------------------------------------------------------
// Coordination bodies

export const DEMO_BODY_NAMES = {
  socialCohesionSector: {
    en: "Social Cohesion, Inclusion and Gender sector",
    ar: "قطاع التماسك الاجتماعي والإدماج والنوع الاجتماعي",
  },
  gbvSector: {
    en: "GBV and Child Protection sector",
    ar: "قطاع العنف القائم على النوع الاجتماعي وحماية الطفل",
  },
  genderWorkingGroup: { en: "Gender Working Group", ar: "مجموعة العمل حول النوع الاجتماعي" },
  lgbtiqTaskForce: { en: "LGBTIQ+ Task Force", ar: "فريق العمل حول مجتمع الميم" },
  sgbvTaskForce: {
    en: "SGBV Task Force",
    ar: "فريق العمل المعني بالعنف الجنسي والعنف القائم على النوع الاجتماعي",
  },
  humanRightsTaskForce: { en: "Human Rights Task Force", ar: "فريق العمل المعني بحقوق الإنسان" },
} as const satisfies Record<string, Bilingual>;

export type DemoBodyKey = keyof typeof DEMO_BODY_NAMES;

export interface DemoBody {
  name: Bilingual;
  acronym: string;
  description: Bilingual;
  kind: (typeof BODY_KINDS)[number];
  level: (typeof BODY_LEVELS)[number];
  framework: DemoFrameworkCode | null;
  parent: DemoBodyKey | null;
  visibility: (typeof BODY_VISIBILITIES)[number];
  workAreas: readonly WorkArea[];
}

// The parent comes before its children, so the bodies can be read top-down.
export const DEMO_BODIES: Record<DemoBodyKey, DemoBody> = {
  socialCohesionSector: {
    name: DEMO_BODY_NAMES.socialCohesionSector,
    acronym: "SCIG",
    description: {
      en: "Keeps the 3RF accountable for gender equality and social inclusion while it is carried out; works closely with the EU, the World Bank and the UN.",
      ar: "يضمن المساءلة عن المساواة بين الجنسين والإدماج الاجتماعي أثناء تنفيذ إطار الإصلاح والإنعاش وإعادة الإعمار، ويعمل بشكل وثيق مع الاتحاد الأوروبي والبنك الدولي والأمم المتحدة.",
    },
    kind: "SECTOR",
    level: "NATIONAL",
    framework: "3RF",
    parent: null,
    visibility: "PUBLIC",
    workAreas: ["COORDINATION_AND_INFORMATION_SHARING", "POLICY_AND_LEGAL_REFORM", "MONITORING_AND_REPORTING", "RESEARCH_AND_DATA"],
  },
  gbvSector: {
    name: DEMO_BODY_NAMES.gbvSector,
    acronym: "GBV-CP",
    description: {
      en: "Brings together more than 20 protection partners that provide GBV and child protection services to Lebanese households and migrant workers under the Emergency Response Plan.",
      ar: "يجمع أكثر من عشرين شريكاً في قطاع الحماية يقدّمون خدمات مواجهة العنف القائم على النوع الاجتماعي وحماية الطفل للأسر اللبنانية والعمال المهاجرين ضمن خطة الاستجابة للطوارئ.",
    },
    kind: "SECTOR",
    level: "NATIONAL",
    framework: "ERP",
    parent: null,
    visibility: "PUBLIC",
    workAreas: [
      "COORDINATION_AND_INFORMATION_SHARING",
      "SERVICE_DELIVERY",
      "TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING",
      "MONITORING_AND_REPORTING",
    ],
  },
  genderWorkingGroup: {
    name: DEMO_BODY_NAMES.genderWorkingGroup,
    acronym: "GWG",
    description: {
      en: "Strategic forum and advocacy platform of UN agencies and NGOs that serves all coordination bodies: guidance, training and support on request, and every year a shared set of issues to work on together.",
      ar: "منتدى استراتيجي ومنصة مناصرة لوكالات الأمم المتحدة والمنظمات غير الحكومية يخدم جميع هيئات التنسيق: يقدّم التوجيه والتدريب والدعم عند الطلب، ويختار كل عام مجموعة من القضايا للعمل عليها معاً.",
    },
    kind: "WORKING_GROUP",
    level: "NATIONAL",
    framework: null,
    parent: null,
    visibility: "PUBLIC",
    workAreas: [
      "COORDINATION_AND_INFORMATION_SHARING",
      "TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING",
      "ADVOCACY",
      "POLICY_AND_LEGAL_REFORM",
      "RESEARCH_AND_DATA",
    ],
  },
  lgbtiqTaskForce: {
    name: DEMO_BODY_NAMES.lgbtiqTaskForce,
    acronym: "LGBTIQ+ TF",
    description: {
      en: "Works under the auspices of the Gender Working Group and closely with the SGBV and Human Rights task forces, across humanitarian, development and peace work.",
      ar: "يعمل تحت مظلة مجموعة العمل حول النوع الاجتماعي وبشكل وثيق مع فريق العمل المعني بالعنف الجنسي والعنف القائم على النوع الاجتماعي وفريق العمل المعني بحقوق الإنسان، في العمل الإنساني والتنموي وبناء السلام.",
    },
    kind: "TASK_FORCE",
    level: "NATIONAL",
    framework: null,
    parent: "genderWorkingGroup",
    visibility: "MEMBERS_ONLY",
    workAreas: ["COORDINATION_AND_INFORMATION_SHARING", "TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING", "ADVOCACY"],
  },
  sgbvTaskForce: {
    name: DEMO_BODY_NAMES.sgbvTaskForce,
    acronym: "SGBV TF",
    description: {
      en: "Coordinates the prevention of and response to sexual and gender-based violence, including clinical management of rape and referral pathways.",
      ar: "ينسّق الوقاية من العنف الجنسي والعنف القائم على النوع الاجتماعي والاستجابة له، بما في ذلك الإدارة السريرية لحالات الاغتصاب ومسارات الإحالة.",
    },
    kind: "TASK_FORCE",
    level: "NATIONAL",
    framework: null,
    parent: null,
    visibility: "PUBLIC",
    workAreas: ["COORDINATION_AND_INFORMATION_SHARING", "SERVICE_DELIVERY", "TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING"],
  },
  humanRightsTaskForce: {
    name: DEMO_BODY_NAMES.humanRightsTaskForce,
    acronym: "HR TF",
    description: {
      en: "Coordinates human rights monitoring, reporting and advocacy, including the follow-up to treaty body recommendations.",
      ar: "ينسّق رصد حقوق الإنسان والإبلاغ عنها والمناصرة، بما في ذلك متابعة توصيات هيئات المعاهدات.",
    },
    kind: "TASK_FORCE",
    level: "NATIONAL",
    framework: null,
    parent: null,
    visibility: "PUBLIC",
    workAreas: ["MONITORING_AND_REPORTING", "ADVOCACY", "POLICY_AND_LEGAL_REFORM"],
  },
};

/** "Coordinates closely with", one direction each; the loader stores both. */
export const DEMO_BODY_LINKS: readonly (readonly [DemoBodyKey, DemoBodyKey])[] = [
  ["lgbtiqTaskForce", "sgbvTaskForce"],
  ["lgbtiqTaskForce", "humanRightsTaskForce"],
];

// ---------------------------------------------------------------------------------------------
// Organisations

export interface DemoOrganisation {
  name: Bilingual;
  acronym: string | null;
  type: OrganisationType;
  iatiIdentifier: string | null;
}

const un = (en: string, ar: string, acronym: string, iatiIdentifier: string | null = null): DemoOrganisation => ({
  name: { en, ar },
  acronym,
  type: 40,
  iatiIdentifier,
});
const government = (en: string, ar: string, acronym: string | null = null): DemoOrganisation => ({
  name: { en, ar },
  acronym,
  type: 10,
  iatiIdentifier: null,
});
const fictional = (type: OrganisationType, en: string, ar: string, acronym: string): DemoOrganisation => ({
  name: { en: `${en} (demo)`, ar },
  acronym,
  type,
  iatiIdentifier: null,
});

export const DEMO_ORGANISATIONS = {
  unWomen: un("UN Women", "هيئة الأمم المتحدة للمرأة", "UN Women", "XM-DAC-41146"),

  // The 19 other UN entities of the Gender Working Group.
  unfpa: un("United Nations Population Fund", "صندوق الأمم المتحدة للسكان", "UNFPA", "XM-DAC-41119"),
  unicef: un("United Nations Children's Fund", "منظمة الأمم المتحدة للطفولة (اليونيسف)", "UNICEF", "XM-DAC-41122"),
  undp: un("United Nations Development Programme", "برنامج الأمم المتحدة الإنمائي", "UNDP", "XM-DAC-41114"),
  unhcr: un("Office of the United Nations High Commissioner for Refugees", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "UNHCR", "XM-DAC-41121"),
  wfp: un("World Food Programme", "برنامج الأغذية العالمي", "WFP", "XM-DAC-41140"),
  ilo: un("International Labour Organization", "منظمة العمل الدولية", "ILO", "XM-DAC-41302"),
  who: un("World Health Organization", "منظمة الصحة العالمية", "WHO", "XM-DAC-928"),
  ohchr: un("Office of the United Nations High Commissioner for Human Rights", "مفوضية الأمم المتحدة السامية لحقوق الإنسان", "OHCHR", "XM-DAC-41313"),
  unHabitat: un("United Nations Human Settlements Programme", "برنامج الأمم المتحدة للمستوطنات البشرية (موئل الأمم المتحدة)", "UN-Habitat", "XM-DAC-41120"),
  unesco: un("United Nations Educational, Scientific and Cultural Organization", "منظمة الأمم المتحدة للتربية والعلم والثقافة (اليونسكو)", "UNESCO", "XM-DAC-41304"),
  unrwa: un("United Nations Relief and Works Agency for Palestine Refugees in the Near East", "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى (الأونروا)", "UNRWA", "XM-DAC-41130"),
  iom: un("International Organization for Migration", "المنظمة الدولية للهجرة", "IOM", "XM-DAC-47066"),
  fao: un("Food and Agriculture Organization of the United Nations", "منظمة الأغذية والزراعة للأمم المتحدة (الفاو)", "FAO", "XM-DAC-41301"),
  ocha: un("United Nations Office for the Coordination of Humanitarian Affairs", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "OCHA"),
  unodc: un("United Nations Office on Drugs and Crime", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "UNODC"),
  escwa: un("United Nations Economic and Social Commission for Western Asia", "اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)", "ESCWA"),
  unops: un("United Nations Office for Project Services", "مكتب الأمم المتحدة لخدمات المشاريع", "UNOPS"),
  unaids: un("Joint United Nations Programme on HIV/AIDS", "برنامج الأمم المتحدة المشترك المعني بفيروس نقص المناعة البشرية/الإيدز", "UNAIDS"),
  unRco: un("Office of the United Nations Resident Coordinator in Lebanon", "مكتب المنسق المقيم للأمم المتحدة في لبنان", "UN RCO"),

  // Partners of the 3RF.
  eu: {
    name: { en: "European Union", ar: "الاتحاد الأوروبي" },
    acronym: "EU",
    type: 40,
    iatiIdentifier: "XI-IATI-EC_INTPA",
  },
  worldBank: un("World Bank", "البنك الدولي", "WB", "44000"),

  // Lebanese public institutions.
  nclw: government("National Commission for Lebanese Women", "الهيئة الوطنية لشؤون المرأة اللبنانية", "NCLW"),
  mosa: government("Ministry of Social Affairs", "وزارة الشؤون الاجتماعية", "MoSA"),

  // Member states that observe the Gender Working Group.
  canada: government("Government of Canada", "حكومة كندا"),
  netherlands: government("Government of the Netherlands", "حكومة هولندا"),
  sweden: government("Government of Sweden", "حكومة السويد"),
  norway: government("Government of Norway", "حكومة النرويج"),
  germany: government("Government of Germany", "حكومة ألمانيا"),
  france: government("Government of France", "حكومة فرنسا"),
  unitedKingdom: government("Government of the United Kingdom", "حكومة المملكة المتحدة"),
  italy: government("Government of Italy", "حكومة إيطاليا"),
  spain: government("Government of Spain", "حكومة إسبانيا"),
  switzerland: government("Government of Switzerland", "حكومة سويسرا"),
  denmark: government("Government of Denmark", "حكومة الدنمارك"),
  japan: government("Government of Japan", "حكومة اليابان"),
  australia: government("Government of Australia", "حكومة أستراليا"),
  finland: government("Government of Finland", "حكومة فنلندا"),
  ireland: government("Government of Ireland", "حكومة أيرلندا"),

  // International NGOs (fictional).
  horizonAid: fictional(21, "Horizon Aid International", "منظمة آفاق للإغاثة الدولية", "HAI"),
  openDoors: fictional(21, "Open Doors Protection Alliance", "تحالف الأبواب المفتوحة للحماية", "ODPA"),
  globalEquity: fictional(21, "Global Equity Relief", "منظمة الإنصاف العالمي للإغاثة", "GER"),
  mediterraneanRights: fictional(21, "Mediterranean Rights Collective", "تجمّع المتوسط للحقوق", "MRC"),
  safeFutures: fictional(21, "Safe Futures International", "منظمة مستقبل آمن الدولية", "SFI"),
  bridgeway: fictional(21, "Bridgeway Development Partners", "شركاء جسر التنمية", "BDP"),
  childrenFirst: fictional(21, "Children First Relief International", "منظمة الأطفال أولاً للإغاثة الدولية", "CFRI"),

  // National NGOs and civil society organisations (fictional).
  cedarBridge: fictional(22, "Cedar Bridge Women's Network", "شبكة جسر الأرز للنساء", "CBWN"),
  akkarWomen: fictional(22, "Akkar Plains Women's Association", "جمعية نساء سهل عكار", "APWA"),
  tyreFamily: fictional(22, "Tyre Coast Family Support Centre", "مركز ساحل صور لدعم الأسرة", "TCFSC"),
  bekaaRural: fictional(22, "Bekaa Rural Women's Forum", "منتدى نساء الريف في البقاع", "BRWF"),
  beirutSafeSpaces: fictional(22, "Beirut Safe Spaces Collective", "تجمّع المساحات الآمنة في بيروت", "BSSC"),
  mountLebanonLegal: fictional(22, "Mount Lebanon Legal Aid Circle", "حلقة جبل لبنان للمساعدة القانونية", "MLLAC"),
  tripoliYouth: fictional(22, "Tripoli Youth for Equality", "شباب طرابلس من أجل المساواة", "TYE"),
  nabatiehHealth: fictional(22, "Nabatieh Women's Health Initiative", "مبادرة النبطية لصحة المرأة", "NWHI"),
  sidonHope: fictional(22, "Sidon Hope Community Centre", "مركز الأمل المجتمعي في صيدا", "SHCC"),
  rainbowCedar: fictional(22, "Rainbow Cedar Collective", "تجمّع أرزة قوس قزح", "RCC"),
  jasmineSolidarity: fictional(22, "Jasmine Migrant Workers' Solidarity", "تضامن الياسمين مع العمال المهاجرين", "JMWS"),
  choufGirls: fictional(22, "Chouf Girls' Education Fund", "صندوق تعليم الفتيات في الشوف", "CGEF"),
  baalbekEntrepreneurs: fictional(22, "Baalbek Women Entrepreneurs Hub", "مركز رائدات الأعمال في بعلبك", "BWEH"),
  equalVoices: fictional(22, "Equal Voices Lebanon", "أصوات متساوية لبنان", "EVL"),
  oliveBranch: fictional(22, "Olive Branch Disability and Inclusion Network", "شبكة غصن الزيتون للإعاقة والدمج", "OBDIN"),
  zahleMedia: fictional(22, "Zahle Women in Media Forum", "منتدى نساء زحلة في الإعلام", "ZWMF"),
  harbourRecovery: fictional(22, "Harbour Recovery Women's Committee", "لجنة النساء لإنعاش المرفأ", "HRWC"),
  lifeline: fictional(22, "Lifeline Protection Network", "شبكة شريان الحياة للحماية", "LPN"),
  safeHaven: fictional(22, "Safe Haven Shelter Association", "جمعية الملاذ الآمن للإيواء", "SHSA"),
  hermelProtection: fictional(22, "Hermel Community Protection Committee", "لجنة الحماية المجتمعية في الهرمل", "HCPC"),

  // A foundation and an academic partner (fictional).
  phoeniciaFund: fictional(60, "Phoenicia Women's Fund", "صندوق فينيقيا للنساء", "PWF"),
  levantResearch: fictional(80, "Levant Gender Research Institute", "معهد المشرق لأبحاث النوع الاجتماعي", "LGRI"),
} satisfies Record<string, DemoOrganisation>;

export type DemoOrgKey = keyof typeof DEMO_ORGANISATIONS;

/** The organisations of the demo partner users, by English name (tests look them up this way). */
export const DEMO_PARTNER_IN_TASK_FORCE_ORG = DEMO_ORGANISATIONS.cedarBridge.name.en;
export const DEMO_PARTNER_OUTSIDE_TASK_FORCE_ORG = DEMO_ORGANISATIONS.akkarWomen.name.en;

// ---------------------------------------------------------------------------------------------
// Focal points

export interface DemoFocalPoint {
  name: string;
  title: string;
  email: string;
  phone: string;
}

const person = (name: string, title: string, phone: string): DemoFocalPoint => ({
  name,
  title,
  email: `${name.toLowerCase().replace(/ /g, ".")}@example.org`,
  phone,
});

// UN Women has a different coordinator in each body it sits in.
const UN_WOMEN_FOCAL_POINTS: Record<DemoBodyKey, readonly DemoFocalPoint[]> = {
  genderWorkingGroup: [
    person("Rania Haddad", "Gender Working Group Coordinator", "+961 3 412 807"),
    person("Sofia Marino", "Gender in Humanitarian Action Specialist", "+961 70 218 456"),
  ],
  gbvSector: [
    person("Dima Chami", "GBV Sector Coordinator", "+961 3 655 219"),
    person("Ghada Sleiman", "Information Management Officer", "+961 71 340 982"),
  ],
  socialCohesionSector: [
    person("Ziad Fakhoury", "Social Cohesion, Inclusion and Gender Sector Coordinator", "+961 3 927 114"),
  ],
  lgbtiqTaskForce: [
    person("Layal Karam", "Human Rights and Inclusion Specialist", "+961 76 503 228"),
    person("Rania Haddad", "Gender Working Group Coordinator", "+961 3 412 807"),
  ],
  sgbvTaskForce: [person("Ghada Sleiman", "Information Management Officer", "+961 71 340 982")],
  humanRightsTaskForce: [person("Layal Karam", "Human Rights and Inclusion Specialist", "+961 76 503 228")],
};

// Every other organisation that has named contacts uses them in all its bodies.
const CONTACTS: Partial<Record<DemoOrgKey, readonly DemoFocalPoint[]>> = {
  unfpa: [
    person("Karim Nassar", "GBV Programme Specialist", "+961 3 118 640"),
    person("Amira Osman", "Gender Programme Analyst", "+961 70 772 315"),
  ],
  unicef: [
    person("Joelle Abi Nader", "Child Protection Specialist", "+961 3 564 091"),
    person("Marc Haddad", "Child Protection Information Officer", "+961 81 230 447"),
  ],
  undp: [person("Claire Dubois", "Gender and Governance Specialist", "+961 70 145 932")],
  unhcr: [person("Tarek Barakat", "Protection Officer", "+961 3 804 276")],
  wfp: [person("Lucas Becker", "Gender and Protection Officer", "+961 71 663 508")],
  ilo: [person("Mira Daher", "Gender Specialist", "+961 3 290 715")],
  who: [person("Fatima Diallo", "Health Emergencies Officer", "+961 70 951 803")],
  ohchr: [
    person("Anna Lindqvist", "Senior Human Rights Adviser", "+961 3 376 120"),
    person("Rami Aoun", "Human Rights Officer", "+961 76 812 594"),
  ],
  unHabitat: [person("Rola Hamdan", "Urban Recovery Officer", "+961 3 547 368")],
  iom: [person("Pedro Alvarez", "Protection Programme Manager", "+961 71 428 650")],
  ocha: [person("Kenji Watanabe", "Humanitarian Affairs Officer", "+961 70 306 177")],
  unaids: [person("Hiba Mansour", "Community Mobilisation Adviser", "+961 3 681 942")],
  eu: [person("Ingrid Halvorsen", "Programme Manager, Gender and Social Inclusion", "+961 1 569 340")],
  worldBank: [person("James Okafor", "Senior Social Development Specialist", "+961 1 963 215")],
  netherlands: [person("Eva de Vries", "Policy Officer, Human Rights and Gender", "+961 1 211 847")],
  canada: [person("Michelle Tremblay", "Development Officer", "+961 1 726 430")],
  sweden: [person("Karin Berg", "Programme Officer", "+961 1 430 692")],
  horizonAid: [person("Samir Habib", "Protection Coordinator", "+961 3 915 023")],
  openDoors: [person("Elena Rossi", "GBV Technical Adviser", "+961 70 584 116")],
  mediterraneanRights: [person("Youssef Karam", "Advocacy Manager", "+961 71 209 835")],
  safeFutures: [person("Hannah Schmidt", "Country Programme Manager", "+961 3 742 551")],
  childrenFirst: [person("Daniel Mwangi", "Child Protection Manager", "+961 70 480 296")],
  cedarBridge: [
    person("Maya Khoury", "Programme Director", "+961 3 205 718"),
    person("Rita Azzi", "Community Outreach Officer", "+961 70 936 204"),
  ],
  akkarWomen: [person("Lina Saab", "Executive Director", "+961 3 871 462")],
  tyreFamily: [
    person("Nour El Hajj", "Case Management Supervisor", "+961 3 318 507"),
    person("Ali Kassem", "Psychosocial Support Officer", "+961 76 154 839"),
  ],
  bekaaRural: [person("Souad Haidar", "Coordinator", "+961 3 699 041")],
  beirutSafeSpaces: [person("Yara Tannous", "Safe Spaces Manager", "+961 71 857 362")],
  mountLebanonLegal: [person("Elie Rizk", "Legal Aid Lawyer", "+961 3 462 980")],
  tripoliYouth: [person("Omar Sabbagh", "Youth Programme Coordinator", "+961 70 613 724")],
  rainbowCedar: [person("Sam Matar", "Community Coordinator", "+961 76 395 610")],
  jasmineSolidarity: [person("Grace Mensah", "Outreach Coordinator", "+961 71 504 183")],
  equalVoices: [person("Nadine Shehadeh", "Advocacy Officer", "+961 3 128 957")],
  harbourRecovery: [person("Hanan Daou", "Committee Chair", "+961 3 740 316")],
  lifeline: [person("Wissam Jaber", "Protection Officer", "+961 70 267 549")],
  safeHaven: [person("Salma Ayoub", "Shelter Manager", "+961 3 593 820")],
  levantResearch: [person("Leila Farah", "Research Director", "+961 1 350 674")],
};

// ---------------------------------------------------------------------------------------------
// Memberships

export interface DemoMembership {
  body: DemoBodyKey;
  organisation: DemoOrgKey;
  role: MembershipRole;
  status: MembershipStatus;
  startDate: string;
  endDate: string | null;
  focalPoints: readonly DemoFocalPoint[];
}

interface MembershipExtras {
  status?: MembershipStatus;
  endDate?: string;
}

const membership = (
  body: DemoBodyKey,
  role: MembershipRole,
  organisation: DemoOrgKey,
  startDate: string,
  extras: MembershipExtras = {},
): DemoMembership => ({
  body,
  organisation,
  role,
  status: extras.status ?? "ACTIVE",
  startDate,
  endDate: extras.endDate ?? null,
  focalPoints: organisation === "unWomen" ? UN_WOMEN_FOCAL_POINTS[body] : (CONTACTS[organisation] ?? []),
});

/** Many members of one body with the same role, as `[organisation, start date]` pairs. */
const members = (
  body: DemoBodyKey,
  role: MembershipRole,
  entries: readonly (readonly [DemoOrgKey, string])[],
  extras: MembershipExtras = {},
): DemoMembership[] => entries.map(([organisation, startDate]) => membership(body, role, organisation, startDate, extras));

const GENDER_WORKING_GROUP: DemoMembership[] = [
  membership("genderWorkingGroup", "CHAIR", "unWomen", "2014-01-15"),
  // 19 UN entities.
  ...members("genderWorkingGroup", "MEMBER", [
    ["unfpa", "2014-01-15"],
    ["unicef", "2014-01-15"],
    ["undp", "2014-03-01"],
    ["unhcr", "2014-03-01"],
    ["wfp", "2015-06-10"],
    ["ilo", "2015-09-01"],
    ["who", "2016-02-01"],
    ["ohchr", "2016-05-15"],
    ["unHabitat", "2017-01-10"],
    ["unesco", "2017-04-03"],
    ["unrwa", "2017-10-02"],
    ["iom", "2018-01-08"],
    ["fao", "2018-06-18"],
    ["ocha", "2019-02-11"],
    ["unodc", "2019-09-02"],
    ["escwa", "2020-03-02"],
    ["unops", "2020-10-05"],
    ["unaids", "2021-04-12"],
    ["unRco", "2021-11-01"],
  ]),
  // 6 international NGOs.
  ...members("genderWorkingGroup", "MEMBER", [
    ["horizonAid", "2015-02-02"],
    ["openDoors", "2016-09-12"],
    ["globalEquity", "2018-03-05"],
    ["mediterraneanRights", "2019-05-20"],
    ["safeFutures", "2020-09-14"],
    ["bridgeway", "2022-01-17"],
  ]),
  // 17 national NGOs and civil society organisations.
  ...members("genderWorkingGroup", "MEMBER", [
    ["cedarBridge", "2016-04-04"],
    ["akkarWomen", "2017-02-13"],
    ["tyreFamily", "2017-11-06"],
    ["bekaaRural", "2018-04-16"],
    ["beirutSafeSpaces", "2018-10-01"],
    ["mountLebanonLegal", "2019-01-21"],
    ["tripoliYouth", "2019-06-03"],
    ["nabatiehHealth", "2019-11-18"],
    ["sidonHope", "2020-02-24"],
    ["rainbowCedar", "2020-08-31"],
    ["jasmineSolidarity", "2021-01-11"],
    ["choufGirls", "2021-06-07"],
    ["baalbekEntrepreneurs", "2022-03-14"],
    ["equalVoices", "2022-09-05"],
    ["oliveBranch", "2023-02-20"],
    ["zahleMedia", "2024-01-22"],
    ["harbourRecovery", "2024-10-07"],
  ]),
  // 15 member states; observer seats run in two-year terms.
  ...members(
    "genderWorkingGroup",
    "OBSERVER",
    [
      ["canada", "2016-01-11"],
      ["netherlands", "2016-01-11"],
      ["sweden", "2017-03-06"],
      ["norway", "2018-01-15"],
      ["germany", "2018-09-03"],
      ["france", "2019-01-14"],
      ["unitedKingdom", "2019-01-14"],
    ],
    { endDate: "2027-12-31" },
  ),
  ...members(
    "genderWorkingGroup",
    "OBSERVER",
    [
      ["italy", "2020-02-03"],
      ["spain", "2020-02-03"],
      ["switzerland", "2021-01-18"],
      ["denmark", "2021-06-14"],
      ["japan", "2022-01-10"],
    ],
    { endDate: "2026-12-31" },
  ),
  // The newest observers have not been given a term yet.
  ...members("genderWorkingGroup", "OBSERVER", [
    ["australia", "2024-02-05"],
    ["finland", "2025-01-13"],
    ["ireland", "2025-09-08"],
  ]),
];

const GBV_SECTOR: DemoMembership[] = [
  membership("gbvSector", "CHAIR", "unWomen", "2019-01-07"),
  ...members("gbvSector", "CO_CHAIR", [
    ["unfpa", "2019-01-07"],
    ["unicef", "2019-01-07"],
  ]),
  ...members("gbvSector", "MEMBER", [
    ["unhcr", "2019-01-07"],
    ["iom", "2019-03-04"],
    ["unrwa", "2019-03-04"],
    ["who", "2020-08-17"],
    ["unodc", "2021-05-10"],
    ["mosa", "2019-01-07"],
    ["horizonAid", "2019-02-11"],
    ["openDoors", "2019-02-11"],
    ["safeFutures", "2020-09-21"],
    ["globalEquity", "2021-03-15"],
    ["childrenFirst", "2020-08-24"],
    ["tyreFamily", "2019-04-01"],
    ["beirutSafeSpaces", "2019-06-17"],
    ["mountLebanonLegal", "2020-01-13"],
    ["nabatiehHealth", "2020-05-04"],
    ["sidonHope", "2020-08-24"],
    ["jasmineSolidarity", "2020-10-12"],
    ["bekaaRural", "2021-02-08"],
    ["oliveBranch", "2022-04-25"],
    ["lifeline", "2022-11-07"],
    ["safeHaven", "2023-06-12"],
    ["hermelProtection", "2024-09-30"],
  ]),
  // History: a partner that left when its project closed, and one waiting for the leads' answer.
  membership("gbvSector", "MEMBER", "bridgeway", "2020-09-21", { status: "ENDED", endDate: "2024-12-31" }),
  membership("gbvSector", "MEMBER", "choufGirls", "2026-10-19", { status: "REQUESTED" }),
];

const SOCIAL_COHESION_SECTOR: DemoMembership[] = [
  membership("socialCohesionSector", "CHAIR", "unWomen", "2021-03-01"),
  ...members("socialCohesionSector", "CO_CHAIR", [
    ["eu", "2021-03-01"],
    ["worldBank", "2021-03-01"],
  ]),
  ...members("socialCohesionSector", "MEMBER", [
    ["undp", "2021-03-01"],
    ["unHabitat", "2021-03-01"],
    ["ilo", "2021-06-14"],
    ["nclw", "2021-03-01"],
    ["harbourRecovery", "2021-09-20"],
    ["oliveBranch", "2022-02-07"],
    ["levantResearch", "2022-10-03"],
    ["phoeniciaFund", "2023-05-15"],
  ]),
];

// The partnerOutsideTaskForce NGO (akkarWomen) must never appear here.
const LGBTIQ_TASK_FORCE: DemoMembership[] = [
  membership("lgbtiqTaskForce", "CHAIR", "unWomen", "2021-05-17"),
  membership("lgbtiqTaskForce", "CO_CHAIR", "unfpa", "2021-05-17"),
  ...members("lgbtiqTaskForce", "MEMBER", [
    ["ohchr", "2021-05-17"],
    ["unhcr", "2021-05-17"],
    ["unaids", "2022-01-24"],
    ["netherlands", "2022-06-13"],
    ["mediterraneanRights", "2021-05-17"],
    ["cedarBridge", "2021-05-17"],
    ["rainbowCedar", "2021-05-17"],
    ["equalVoices", "2023-03-06"],
  ]),
];

const SGBV_TASK_FORCE: DemoMembership[] = [
  membership("sgbvTaskForce", "CHAIR", "unfpa", "2018-02-05"),
  ...members("sgbvTaskForce", "MEMBER", [
    ["unWomen", "2018-02-05"],
    ["unicef", "2018-02-05"],
    ["openDoors", "2019-04-08"],
    ["beirutSafeSpaces", "2020-01-20"],
    ["safeHaven", "2023-07-03"],
  ]),
];

const HUMAN_RIGHTS_TASK_FORCE: DemoMembership[] = [
  membership("humanRightsTaskForce", "CHAIR", "ohchr", "2017-09-04"),
  ...members("humanRightsTaskForce", "MEMBER", [
    ["unWomen", "2017-09-04"],
    ["undp", "2018-01-22"],
    ["unhcr", "2018-01-22"],
    ["mountLebanonLegal", "2019-10-14"],
    ["mediterraneanRights", "2020-06-01"],
  ]),
];

export const DEMO_MEMBERSHIPS: readonly DemoMembership[] = [
  ...GENDER_WORKING_GROUP,
  ...GBV_SECTOR,
  ...SOCIAL_COHESION_SECTOR,
  ...LGBTIQ_TASK_FORCE,
  ...SGBV_TASK_FORCE,
  ...HUMAN_RIGHTS_TASK_FORCE,
];

// ---------------------------------------------------------------------------------------------
// Shared annual priorities and their indicators

type Direction = (typeof INDICATOR_DIRECTIONS)[number];

export interface DemoIndicator {
  name: Bilingual;
  measure: (typeof INDICATOR_MEASURES)[number];
  unitLabel: Bilingual | null;
  baseline: number | null;
  target: number | null;
  direction: Direction;
}

export interface DemoPriority {
  body: DemoBodyKey;
  workArea: WorkArea;
  title: Bilingual;
  description: Bilingual;
  /** In display order; commitments and reports refer to them by index. */
  indicators: readonly DemoIndicator[];
}

const count = (
  en: string,
  ar: string,
  unitLabel: Bilingual,
  baseline: number,
  target: number,
  direction: Direction = "UP",
): DemoIndicator => ({ name: { en, ar }, measure: "UNIT", unitLabel, baseline, target, direction });
const percentage = (en: string, ar: string, baseline: number, target: number, direction: Direction = "UP"): DemoIndicator => ({
  name: { en, ar },
  measure: "PERCENTAGE",
  unitLabel: null,
  baseline,
  target,
  direction,
});
const qualitative = (en: string, ar: string): DemoIndicator => ({
  name: { en, ar },
  measure: "QUALITATIVE",
  unitLabel: null,
  baseline: null,
  target: null,
  direction: "UP",
});

export const DEMO_PRIORITIES = {
  gwgAssessments: {
    body: "genderWorkingGroup",
    workArea: "RESEARCH_AND_DATA",
    title: {
      en: "Gender-responsive humanitarian needs assessments",
      ar: "تقييمات الاحتياجات الإنسانية المراعية للنوع الاجتماعي",
    },
    description: {
      en: "Make sure the needs assessments that guide the response collect sex-, age- and disability-disaggregated data and are followed by a gender analysis.",
      ar: "ضمان أن تجمع تقييمات الاحتياجات التي توجّه الاستجابة بيانات مصنّفة حسب الجنس والعمر والإعاقة، وأن يليها تحليل جندري.",
    },
    indicators: [
      percentage(
        "Needs assessments using sex-, age- and disability-disaggregated data",
        "تقييمات الاحتياجات التي تستخدم بيانات مصنّفة حسب الجنس والعمر والإعاقة",
        45,
        80,
      ),
      count("Gender analyses published", "التحليلات الجندرية المنشورة", { en: "gender analyses", ar: "تحليلات جندرية" }, 3, 10),
    ],
  },
  gwgReformTrack: {
    body: "genderWorkingGroup",
    workArea: "ADVOCACY",
    title: {
      en: "Women's participation in the 3RF reform track",
      ar: "مشاركة النساء في مسار الإصلاح ضمن إطار الإصلاح والإنعاش وإعادة الإعمار",
    },
    description: {
      en: "Joint advocacy so that women and women's organisations take part in the consultations and decisions of the 3RF reform and reconstruction track.",
      ar: "مناصرة مشتركة لكي تشارك النساء ومنظماتهن في مشاورات وقرارات مسار الإصلاح وإعادة الإعمار.",
    },
    indicators: [
      percentage("Women among participants in 3RF reform consultations", "نسبة النساء بين المشاركين في مشاورات الإصلاح", 28, 45),
      count("Joint advocacy briefs issued", "مذكرات المناصرة المشتركة الصادرة", { en: "advocacy briefs", ar: "مذكرات مناصرة" }, 1, 4),
      qualitative(
        "Gender commitments reflected in the 3RF reform priorities",
        "انعكاس الالتزامات الجندرية في أولويات الإصلاح",
      ),
    ],
  },
  gwgCapacity: {
    body: "genderWorkingGroup",
    workArea: "TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING",
    title: {
      en: "Gender mainstreaming capacity across coordination bodies",
      ar: "قدرات تعميم مراعاة النوع الاجتماعي في هيئات التنسيق",
    },
    description: {
      en: "Training, coaching and on-request support so that every sector can plan, deliver and report with a gender lens.",
      ar: "التدريب والإرشاد والدعم عند الطلب لكي يتمكّن كل قطاع من التخطيط والتنفيذ والإبلاغ من منظور النوع الاجتماعي.",
    },
    indicators: [
      count("Sector staff trained on gender mainstreaming", "موظفو القطاعات المدرَّبون على تعميم مراعاة النوع الاجتماعي", { en: "people trained", ar: "أشخاص مدرَّبون" }, 120, 400),
      count("Trainings delivered", "التدريبات المنفّذة", { en: "trainings", ar: "تدريبات" }, 6, 20),
    ],
  },
  gwgGenderMarker: {
    body: "genderWorkingGroup",
    workArea: "COORDINATION_AND_INFORMATION_SHARING",
    title: {
      en: "Gender with Age Marker across the humanitarian response",
      ar: "مؤشر النوع الاجتماعي والعمر في الاستجابة الإنسانية",
    },
    description: {
      en: "Help partners apply the Gender with Age Marker when they design projects, and share the results with all sectors.",
      ar: "مساعدة الشركاء على تطبيق مؤشر النوع الاجتماعي والعمر عند تصميم المشاريع، ومشاركة النتائج مع جميع القطاعات.",
    },
    indicators: [
      percentage(
        "Humanitarian projects with a Gender with Age Marker code of 3 or 4",
        "المشاريع الإنسانية الحاصلة على الرمز 3 أو 4 في مؤشر النوع الاجتماعي والعمر",
        35,
        70,
      ),
    ],
  },

  gbvCaseManagement: {
    body: "gbvSector",
    workArea: "SERVICE_DELIVERY",
    title: {
      en: "Safe access to GBV case management for Lebanese households and migrant workers",
      ar: "الوصول الآمن إلى إدارة حالات العنف القائم على النوع الاجتماعي للأسر اللبنانية والعمال المهاجرين",
    },
    description: {
      en: "Survivors, including migrant domestic workers, reach quality case management quickly, with safe referrals to health, legal and shelter services.",
      ar: "أن يصل الناجون والناجيات، ومنهم العاملات في الخدمة المنزلية، بسرعة إلى إدارة حالات ذات جودة، مع إحالة آمنة إلى الخدمات الصحية والقانونية وخدمات الإيواء.",
    },
    indicators: [
      count("Survivors receiving case management", "الناجون والناجيات الذين يتلقّون خدمات إدارة الحالات", { en: "survivors", ar: "ناجون وناجيات" }, 8000, 12000),
      percentage(
        "Service points with a safe referral to clinical management of rape",
        "نقاط الخدمة التي لديها إحالة آمنة إلى الإدارة السريرية لحالات الاغتصاب",
        60,
        90,
      ),
      count(
        "Average wait for a first case-management appointment",
        "متوسط الانتظار حتى أول موعد لإدارة الحالة",
        { en: "days", ar: "أيام" },
        10,
        4,
        "DOWN",
      ),
    ],
  },
  gbvFrontlineCapacity: {
    body: "gbvSector",
    workArea: "TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING",
    title: {
      en: "Survivor-centred and child-friendly skills of frontline workers",
      ar: "مهارات العاملين في الخطوط الأمامية في النهج المتمحور حول الناجين والملائم للأطفال",
    },
    description: {
      en: "Train health, social and community workers to respond to disclosures safely and to refer children and adults to the right services.",
      ar: "تدريب العاملين الصحيين والاجتماعيين والمجتمعيين على التعامل الآمن مع الإفصاح وإحالة الأطفال والبالغين إلى الخدمات المناسبة.",
    },
    indicators: [
      count("Frontline workers trained", "العاملون في الخطوط الأمامية المدرَّبون", { en: "frontline workers", ar: "عاملون في الخطوط الأمامية" }, 300, 900),
      percentage("Trained workers passing the post-training test", "نسبة المدرَّبين الناجحين في اختبار ما بعد التدريب", 70, 85),
    ],
  },
  gbvData: {
    body: "gbvSector",
    workArea: "MONITORING_AND_REPORTING",
    title: {
      en: "Safe and ethical GBV and child protection data",
      ar: "بيانات آمنة وأخلاقية حول العنف القائم على النوع الاجتماعي وحماية الطفل",
    },
    description: {
      en: "Regular, anonymised service mapping and trends analysis that the sector can act on without putting survivors at risk.",
      ar: "رسم خرائط منتظم ومجهول الهوية للخدمات وتحليل للاتجاهات يمكن للقطاع أن يبني عليه دون تعريض الناجين والناجيات للخطر.",
    },
    indicators: [
      percentage("Partners sending monthly service-mapping updates", "نسبة الشركاء الذين يرسلون تحديثات شهرية لخريطة الخدمات", 55, 90),
      qualitative("Quality of the quarterly trends analysis", "جودة التحليل الفصلي للاتجاهات"),
    ],
  },

  scigAccountability: {
    body: "socialCohesionSector",
    workArea: "MONITORING_AND_REPORTING",
    title: {
      en: "Gender equality and social inclusion accountability in the 3RF",
      ar: "المساءلة عن المساواة بين الجنسين والإدماج الاجتماعي في إطار الإصلاح والإنعاش وإعادة الإعمار",
    },
    description: {
      en: "Track whether 3RF sectors report results for women, men, girls, boys and persons with disabilities, and raise gaps with the 3RF governance.",
      ar: "متابعة ما إذا كانت قطاعات الإطار تُبلغ عن النتائج للنساء والرجال والفتيات والفتيان والأشخاص ذوي الإعاقة، وعرض الثغرات على هيئات حوكمة الإطار.",
    },
    indicators: [
      percentage("3RF sector reports with disaggregated results", "تقارير قطاعات الإطار التي تتضمّن نتائج مصنّفة", 30, 75),
      qualitative(
        "Gender equality and social inclusion accountability framework endorsed by the 3RF governance",
        "اعتماد هيئات حوكمة الإطار لإطار المساءلة عن المساواة بين الجنسين والإدماج الاجتماعي",
      ),
    ],
  },
  scigSocialProtection: {
    body: "socialCohesionSector",
    workArea: "POLICY_AND_LEGAL_REFORM",
    title: {
      en: "Gender-responsive reform of social protection",
      ar: "إصلاح الحماية الاجتماعية بما يراعي النوع الاجتماعي",
    },
    description: {
      en: "Bring a gender analysis into the review of social protection policies, so that women-headed households and informal workers are covered.",
      ar: "إدخال التحليل الجندري في مراجعة سياسات الحماية الاجتماعية، لكي تشمل الأسر التي تعيلها نساء والعاملين والعاملات في القطاع غير النظامي.",
    },
    indicators: [
      count("Policy reviews that include a gender analysis", "مراجعات السياسات التي تتضمّن تحليلاً جندرياً", { en: "policy reviews", ar: "مراجعات سياسات" }, 0, 3),
    ],
  },
  scigNeighbourhoods: {
    body: "socialCohesionSector",
    workArea: "RESEARCH_AND_DATA",
    title: {
      en: "Inclusion data for the neighbourhoods hit by the port explosion",
      ar: "بيانات الإدماج في الأحياء المتضررة من انفجار المرفأ",
    },
    description: {
      en: "Neighbourhood profiles with sex- and disability-disaggregated data, so that recovery reaches those left furthest behind.",
      ar: "ملفات للأحياء تتضمّن بيانات مصنّفة حسب الجنس والإعاقة، لكي يصل الإنعاش إلى الأكثر تهميشاً.",
    },
    indicators: [
      count("Neighbourhood profiles published", "ملفات الأحياء المنشورة", { en: "profiles", ar: "ملفات أحياء" }, 4, 12),
      percentage("Profiles with disability-disaggregated data", "نسبة الملفات التي تتضمّن بيانات مصنّفة حسب الإعاقة", 25, 100),
    ],
  },

  lgbtiqInformation: {
    body: "lgbtiqTaskForce",
    workArea: "COORDINATION_AND_INFORMATION_SHARING",
    title: {
      en: "Safe information sharing on protection risks",
      ar: "تبادل آمن للمعلومات حول مخاطر الحماية",
    },
    description: {
      en: "Agree how members share information on risks and services without exposing anyone, and map safe referral services by governorate.",
      ar: "الاتفاق على كيفية تبادل الأعضاء للمعلومات حول المخاطر والخدمات دون تعريض أحد للخطر، ورسم خريطة لخدمات الإحالة الآمنة في كل محافظة.",
    },
    indicators: [
      count("Governorates with mapped safe referral services", "المحافظات التي رُسمت فيها خريطة خدمات الإحالة الآمنة", { en: "governorates", ar: "محافظات" }, 2, 6),
      qualitative("Data protection protocol agreed among members", "بروتوكول حماية البيانات المتفق عليه بين الأعضاء"),
    ],
  },
  lgbtiqInclusiveServices: {
    body: "lgbtiqTaskForce",
    workArea: "TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING",
    title: {
      en: "Inclusive services from humanitarian partners",
      ar: "خدمات دامجة من الشركاء في العمل الإنساني",
    },
    description: {
      en: "Technical support and training so that health, protection and shelter providers serve everyone with dignity and do no harm.",
      ar: "الدعم الفني والتدريب لكي يقدّم مقدّمو الخدمات الصحية وخدمات الحماية والإيواء خدماتهم للجميع بكرامة ودون إلحاق الضرر.",
    },
    indicators: [
      count("Service providers trained on inclusive practice", "مقدّمو الخدمات المدرَّبون على الممارسات الدامجة", { en: "service providers", ar: "مقدّمو خدمات" }, 40, 150),
      percentage("Trained providers reporting more confidence", "نسبة المدرَّبين الذين أفادوا بزيادة ثقتهم", 50, 80),
    ],
  },
  lgbtiqPlanning: {
    body: "lgbtiqTaskForce",
    workArea: "ADVOCACY",
    title: {
      en: "Inclusion in humanitarian, development and peace planning",
      ar: "الإدماج في التخطيط الإنساني والتنموي وبناء السلام",
    },
    description: {
      en: "Quiet, evidence-based advocacy so that planning documents name the protection risks and needs of LGBTIQ+ people.",
      ar: "مناصرة هادئة ومبنية على الأدلة لكي تتناول وثائق التخطيط مخاطر الحماية واحتياجات أفراد مجتمع الميم.",
    },
    indicators: [
      count("Planning documents with inclusive provisions", "وثائق التخطيط التي تتضمّن أحكاماً دامجة", { en: "documents", ar: "وثائق" }, 1, 5),
    ],
  },

  sgbvClinicalCare: {
    body: "sgbvTaskForce",
    workArea: "SERVICE_DELIVERY",
    title: {
      en: "Clinical management of rape in priority districts",
      ar: "الإدارة السريرية لحالات الاغتصاب في الأقضية ذات الأولوية",
    },
    description: {
      en: "More health facilities in priority districts offer confidential clinical management of rape within 72 hours.",
      ar: "زيادة عدد المرافق الصحية في الأقضية ذات الأولوية التي تقدّم الإدارة السريرية السرّية لحالات الاغتصاب خلال 72 ساعة.",
    },
    indicators: [
      percentage("Health facilities in priority districts offering the service", "نسبة المرافق الصحية في الأقضية ذات الأولوية التي تقدّم الخدمة", 40, 65),
    ],
  },
  sgbvReferralPathways: {
    body: "sgbvTaskForce",
    workArea: "COORDINATION_AND_INFORMATION_SHARING",
    title: {
      en: "Up-to-date SGBV referral pathways",
      ar: "مسارات إحالة محدَّثة للعنف الجنسي والعنف القائم على النوع الاجتماعي",
    },
    description: {
      en: "Check and republish the referral pathway of every district twice a year.",
      ar: "مراجعة مسار الإحالة في كل قضاء وإعادة نشره مرتين في السنة.",
    },
    indicators: [
      count("Districts with an updated referral pathway", "الأقضية التي لديها مسار إحالة محدَّث", { en: "districts", ar: "أقضية" }, 8, 26),
    ],
  },

  hrMonitoring: {
    body: "humanRightsTaskForce",
    workArea: "MONITORING_AND_REPORTING",
    title: {
      en: "Gender-sensitive human rights monitoring",
      ar: "رصد حقوق الإنسان بما يراعي النوع الاجتماعي",
    },
    description: {
      en: "Monitoring reports look at how violations affect women, men, girls and boys differently.",
      ar: "أن تتناول تقارير الرصد كيف تؤثّر الانتهاكات بشكل مختلف على النساء والرجال والفتيات والفتيان.",
    },
    indicators: [
      count("Monitoring reports with a gender analysis", "تقارير الرصد التي تتضمّن تحليلاً جندرياً", { en: "reports", ar: "تقارير" }, 2, 6),
    ],
  },
  hrCedawFollowUp: {
    body: "humanRightsTaskForce",
    workArea: "ADVOCACY",
    title: {
      en: "Follow-up to the CEDAW concluding observations",
      ar: "متابعة الملاحظات الختامية للجنة القضاء على التمييز ضد المرأة",
    },
    description: {
      en: "Track the recommendations of the CEDAW Committee to Lebanon and support a joint follow-up submission.",
      ar: "متابعة توصيات لجنة القضاء على التمييز ضد المرأة إلى لبنان ودعم تقديم تقرير متابعة مشترك.",
    },
    indicators: [
      count("Recommendations with a follow-up plan", "التوصيات التي لها خطة متابعة", { en: "recommendations", ar: "توصيات" }, 5, 15),
      qualitative("Progress of the joint follow-up submission", "التقدّم في إعداد تقرير المتابعة المشترك"),
    ],
  },
} satisfies Record<string, DemoPriority>;

export type DemoPriorityKey = keyof typeof DEMO_PRIORITIES;

// ---------------------------------------------------------------------------------------------
// Commitments and progress reports

export interface DemoReport {
  quarter: 1 | 2 | 3 | 4;
  status: (typeof REPORT_STATUSES)[number];
  reviewState: (typeof REVIEW_STATES)[number];
  reviewerComment: string | null;
  narrative: Bilingual;
  /** Reported values by indicator index: a number for numeric indicators, text for qualitative ones. */
  values: Readonly<Record<number, number | string>>;
}

export interface DemoCommitment {
  organisation: DemoOrgKey;
  priority: DemoPriorityKey;
  description: Bilingual;
  status: (typeof COMMITMENT_STATUSES)[number];
  /** The organisation's own targets, by indicator index; numeric indicators only. */
  targets: readonly { indicator: number; target: number; note?: string }[];
  reports: readonly DemoReport[];
}

export const DEMO_COMMITMENTS: readonly DemoCommitment[] = [
  // Gender Working Group
  {
    organisation: "unfpa",
    priority: "gwgAssessments",
    description: {
      en: "Add sex-, age- and disability-disaggregated questions to the needs assessment tools we support, and publish a gender analysis of the results.",
      ar: "إضافة أسئلة مصنّفة حسب الجنس والعمر والإعاقة إلى أدوات تقييم الاحتياجات التي ندعمها، ونشر تحليل جندري للنتائج.",
    },
    status: "IN_PROGRESS",
    targets: [
      { indicator: 0, target: 85 },
      { indicator: 1, target: 2 },
    ],
    reports: [
      {
        quarter: 1,
        status: "ON_TRACK",
        reviewState: "VALIDATED",
        reviewerComment: "Thank you, clear and well documented.",
        narrative: {
          en: "The revised questionnaire was used in two of the three assessments this quarter; the gender analysis of the first one is in draft.",
          ar: "استُخدم الاستبيان المعدَّل في تقييمين من أصل ثلاثة خلال هذا الفصل، والتحليل الجندري للتقييم الأول قيد الصياغة.",
        },
        values: { 0: 67, 1: 0 },
      },
      {
        quarter: 2,
        status: "ON_TRACK",
        reviewState: "SUBMITTED",
        reviewerComment: null,
        narrative: {
          en: "All assessments now use the revised tools. The first gender analysis was published and presented to the sectors.",
          ar: "تستخدم جميع التقييمات الآن الأدوات المعدَّلة. نُشر التحليل الجندري الأول وعُرض على القطاعات.",
        },
        values: { 0: 100, 1: 1 },
      },
    ],
  },
  {
    organisation: "cedarBridge",
    priority: "gwgReformTrack",
    description: {
      en: "Hold community consultations with women in the Beirut neighbourhoods hit by the explosion and bring their recommendations into the 3RF reform discussions.",
      ar: "تنظيم مشاورات مجتمعية مع النساء في أحياء بيروت المتضررة من الانفجار ونقل توصياتهن إلى نقاشات الإصلاح.",
    },
    status: "IN_PROGRESS",
    targets: [
      { indicator: 0, target: 50, note: "In the consultations we organise ourselves." },
      { indicator: 1, target: 1 },
    ],
    reports: [
      {
        quarter: 1,
        status: "ON_TRACK",
        reviewState: "VALIDATED",
        reviewerComment: "شكراً، التقرير واضح. يرجى إرفاق قائمة التوصيات في التقرير القادم.",
        narrative: {
          en: "Four consultations in Karantina, Mar Mikhael and Geitawi with 96 participants, 58 of them women.",
          ar: "أربع مشاورات في الكرنتينا ومار مخايل والجعيتاوي شارك فيها 96 شخصاً، منهم 58 امرأة.",
        },
        values: { 0: 60, 1: 0, 2: "Recommendations drafted; not yet shared with the reform track." },
      },
      {
        quarter: 2,
        status: "AT_RISK",
        reviewState: "SUBMITTED",
        reviewerComment: null,
        narrative: {
          en: "The brief is ready, but the reform track meeting where we were to present it was postponed twice.",
          ar: "المذكرة جاهزة، لكن اجتماع مسار الإصلاح الذي كان من المقرر أن نعرضها فيه أُرجئ مرتين.",
        },
        values: { 0: 55, 1: 1, 2: "Brief shared with the 3RF secretariat; awaiting a meeting date." },
      },
    ],
  },
  {
    organisation: "akkarWomen",
    priority: "gwgCapacity",
    description: {
      en: "Train members of local committees in Akkar on gender mainstreaming in municipal services.",
      ar: "تدريب أعضاء اللجان المحلية في عكار على تعميم مراعاة النوع الاجتماعي في الخدمات البلدية.",
    },
    status: "IN_PROGRESS",
    targets: [
      { indicator: 0, target: 60 },
      { indicator: 1, target: 4 },
    ],
    reports: [
      {
        quarter: 1,
        status: "AT_RISK",
        reviewState: "RETURNED",
        reviewerComment: "Please split the participants by sex and add the dates of the two trainings, then resubmit.",
        narrative: {
          en: "Two trainings held in Halba; a third was cancelled because of road closures.",
          ar: "نُفّذ تدريبان في حلبا، وأُلغي تدريب ثالث بسبب إقفال الطرقات.",
        },
        values: { 0: 31, 1: 2 },
      },
    ],
  },
  {
    organisation: "unicef",
    priority: "gwgCapacity",
    description: {
      en: "Run gender mainstreaming sessions for child protection and education staff of our partners.",
      ar: "تنظيم جلسات حول تعميم مراعاة النوع الاجتماعي لموظفي حماية الطفل والتعليم لدى شركائنا.",
    },
    status: "IN_PROGRESS",
    targets: [
      { indicator: 0, target: 80 },
      { indicator: 1, target: 4 },
    ],
    reports: [
      {
        quarter: 2,
        status: "ON_TRACK",
        reviewState: "VALIDATED",
        reviewerComment: "Validated. Good to see the pre- and post-test results.",
        narrative: {
          en: "Two sessions for 44 staff from 11 partners; post-test scores rose by 22 points on average.",
          ar: "جلستان لـ 44 موظفاً من 11 شريكاً؛ ارتفعت نتائج اختبار ما بعد التدريب بمعدل 22 نقطة.",
        },
        values: { 0: 44, 1: 2 },
      },
    ],
  },
  {
    organisation: "undp",
    priority: "gwgReformTrack",
    description: {
      en: "Support women's organisations to take part in 3RF governance meetings, including transport and childcare.",
      ar: "دعم منظمات النساء للمشاركة في اجتماعات حوكمة الإطار، بما في ذلك النقل ورعاية الأطفال.",
    },
    status: "IN_PROGRESS",
    targets: [{ indicator: 0, target: 40 }],
    reports: [],
  },
  {
    organisation: "horizonAid",
    priority: "gwgAssessments",
    description: {
      en: "Produce gender analyses for our shelter and water programmes in the South.",
      ar: "إعداد تحليلات جندرية لبرامجنا في مجال المأوى والمياه في الجنوب.",
    },
    status: "COMPLETED",
    targets: [{ indicator: 1, target: 2 }],
    reports: [
      {
        quarter: 1,
        status: "ON_TRACK",
        reviewState: "VALIDATED",
        reviewerComment: "Validated.",
        narrative: {
          en: "Field work for the shelter analysis finished; focus groups held separately with women and men.",
          ar: "انتهى العمل الميداني لتحليل المأوى، وعُقدت مجموعات نقاش منفصلة مع النساء والرجال.",
        },
        values: { 1: 0 },
      },
      {
        quarter: 2,
        status: "DONE",
        reviewState: "VALIDATED",
        reviewerComment: "Both analyses received and shared with the shelter and WASH sectors. Thank you.",
        narrative: {
          en: "Both gender analyses are published and were presented to the sector partners.",
          ar: "نُشر التحليلان الجندريان وعُرضا على شركاء القطاعين.",
        },
        values: { 1: 2 },
      },
    ],
  },
  {
    organisation: "wfp",
    priority: "gwgGenderMarker",
    description: {
      en: "Apply the Gender with Age Marker to every new food security project and review the codes with the Gender Working Group.",
      ar: "تطبيق مؤشر النوع الاجتماعي والعمر على كل مشروع جديد للأمن الغذائي ومراجعة الرموز مع مجموعة العمل.",
    },
    status: "IN_PROGRESS",
    targets: [{ indicator: 0, target: 90 }],
    reports: [
      {
        quarter: 3,
        status: "AT_RISK",
        reviewState: "SUBMITTED",
        reviewerComment: null,
        narrative: {
          en: "Most new projects are coded, but the marker is not yet used for projects designed by cooperating partners.",
          ar: "تم ترميز معظم المشاريع الجديدة، لكن المؤشر لا يُستخدم بعد في المشاريع التي يصمّمها الشركاء المتعاونون.",
        },
        values: { 0: 58 },
      },
    ],
  },
  {
    organisation: "bekaaRural",
    priority: "gwgAssessments",
    description: {
      en: "Gather the views of rural women for the next Bekaa rapid needs assessment.",
      ar: "جمع آراء النساء الريفيات من أجل التقييم السريع المقبل للاحتياجات في البقاع.",
    },
    status: "PLANNED",
    targets: [{ indicator: 1, target: 1 }],
    reports: [],
  },
  {
    organisation: "equalVoices",
    priority: "gwgReformTrack",
    description: {
      en: "Publish an advocacy brief on women's representation in reconstruction committees.",
      ar: "نشر مذكرة مناصرة حول تمثيل النساء في لجان إعادة الإعمار.",
    },
    status: "IN_PROGRESS",
    targets: [{ indicator: 1, target: 1 }],
    reports: [],
  },
  {
    organisation: "ilo",
    priority: "gwgCapacity",
    description: {
      en: "Train labour inspectors on gender-responsive inspection.",
      ar: "تدريب مفتشي العمل على التفتيش المراعي للنوع الاجتماعي.",
    },
    status: "WITHDRAWN",
    targets: [{ indicator: 1, target: 2, note: "Withdrawn: the inspection reform was postponed." }],
    reports: [],
  },
  {
    organisation: "ocha",
    priority: "gwgGenderMarker",
    description: {
      en: "Check the Gender with Age Marker codes of all project sheets in the response plan and share a summary per sector.",
      ar: "مراجعة رموز مؤشر النوع الاجتماعي والعمر في جميع بطاقات المشاريع ضمن خطة الاستجابة ومشاركة ملخّص لكل قطاع.",
    },
    status: "PLANNED",
    targets: [{ indicator: 0, target: 70 }],
    reports: [],
  },
  {
    organisation: "tripoliYouth",
    priority: "gwgCapacity",
    description: {
      en: "Peer training of youth volunteers in Tripoli on gender equality.",
      ar: "تدريب الأقران للمتطوعين الشباب في طرابلس حول المساواة بين الجنسين.",
    },
    status: "IN_PROGRESS",
    targets: [
      { indicator: 0, target: 50 },
      { indicator: 1, target: 3 },
    ],
    reports: [],
  },

  // GBV and Child Protection sector
  {
    organisation: "tyreFamily",
    priority: "gbvCaseManagement",
    description: {
      en: "Case management and psychosocial support for survivors in Tyre and the surrounding villages, with mobile outreach to migrant workers.",
      ar: "إدارة الحالات والدعم النفسي والاجتماعي للناجين والناجيات في صور والقرى المحيطة، مع فرق متنقلة للوصول إلى العمال المهاجرين.",
    },
    status: "IN_PROGRESS",
    targets: [
      { indicator: 0, target: 600 },
      { indicator: 1, target: 90 },
      { indicator: 2, target: 5 },
    ],
    reports: [
      {
        quarter: 1,
        status: "ON_TRACK",
        reviewState: "VALIDATED",
        reviewerComment: "Validated. Please keep reporting the waiting time, it is very useful for the sector.",
        narrative: {
          en: "172 survivors supported, 31 of them migrant workers. The second mobile team started in February.",
          ar: "تم دعم 172 ناجياً وناجية، بينهم 31 من العمال المهاجرين. بدأ الفريق المتنقل الثاني عمله في شباط.",
        },
        values: { 0: 172, 1: 80, 2: 6 },
      },
      {
        quarter: 2,
        status: "AT_RISK",
        reviewState: "SUBMITTED",
        reviewerComment: null,
        narrative: {
          en: "Case numbers are up, but one caseworker left and waiting times grew again.",
          ar: "ارتفع عدد الحالات، لكن إحدى مديرات الحالات غادرت وعادت فترات الانتظار إلى الارتفاع.",
        },
        values: { 0: 161, 1: 80, 2: 9 },
      },
    ],
  },
  {
    organisation: "unfpa",
    priority: "gbvFrontlineCapacity",
    description: {
      en: "Train health and social workers on clinical management of rape and the survivor-centred approach.",
      ar: "تدريب العاملين الصحيين والاجتماعيين على الإدارة السريرية لحالات الاغتصاب والنهج المتمحور حول الناجين.",
    },
    status: "IN_PROGRESS",
    targets: [
      { indicator: 0, target: 250 },
      { indicator: 1, target: 85 },
    ],
    reports: [
      {
        quarter: 1,
        status: "ON_TRACK",
        reviewState: "VALIDATED",
        reviewerComment: "Validated.",
        narrative: {
          en: "Five trainings in Beirut, Tripoli and Zahle for 96 health and social workers.",
          ar: "خمسة تدريبات في بيروت وطرابلس وزحلة لـ 96 عاملاً صحياً واجتماعياً.",
        },
        values: { 0: 96, 1: 81 },
      },
    ],
  },
  {
    organisation: "unicef",
    priority: "gbvCaseManagement",
    description: {
      en: "Child-friendly case management for children at risk and child survivors, through our partners.",
      ar: "إدارة حالات ملائمة للأطفال المعرّضين للخطر والناجين من الأطفال، من خلال شركائنا.",
    },
    status: "IN_PROGRESS",
    targets: [{ indicator: 0, target: 2500 }],
    reports: [
      {
        quarter: 2,
        status: "ON_TRACK",
        reviewState: "SUBMITTED",
        reviewerComment: null,
        narrative: {
          en: "1,240 children supported since January; referrals from schools increased after the awareness campaign.",
          ar: "تم دعم 1240 طفلاً منذ كانون الثاني، وازدادت الإحالات من المدارس بعد حملة التوعية.",
        },
        values: { 0: 1240 },
      },
    ],
  },
  {
    organisation: "beirutSafeSpaces",
    priority: "gbvCaseManagement",
    description: {
      en: "Women and girls safe spaces in Beirut with on-site case management.",
      ar: "مساحات آمنة للنساء والفتيات في بيروت مع إدارة الحالات في الموقع.",
    },
    status: "IN_PROGRESS",
    targets: [{ indicator: 0, target: 400 }],
    reports: [
      {
        quarter: 1,
        status: "OFF_TRACK",
        reviewState: "RETURNED",
        reviewerComment: "The number looks like the total since the project began; please report the first quarter only.",
        narrative: {
          en: "The second safe space could not open because the building was damaged; activities continued in the first one.",
          ar: "تعذّر افتتاح المساحة الآمنة الثانية بسبب تضرّر المبنى، واستمرت الأنشطة في المساحة الأولى.",
        },
        values: { 0: 455 },
      },
    ],
  },
  {
    organisation: "jasmineSolidarity",
    priority: "gbvCaseManagement",
    description: {
      en: "Outreach to migrant domestic workers and safe referral to case management.",
      ar: "الوصول إلى العاملات في الخدمة المنزلية المهاجرات وإحالتهن بأمان إلى إدارة الحالات.",
    },
    status: "IN_PROGRESS",
    targets: [{ indicator: 0, target: 300 }],
    reports: [],
  },
  {
    organisation: "safeHaven",
    priority: "gbvCaseManagement",
    description: {
      en: "Safe shelter for women at high risk, with case management during the stay.",
      ar: "إيواء آمن للنساء المعرّضات لخطر شديد، مع إدارة الحالة طوال فترة الإقامة.",
    },
    status: "PLANNED",
    targets: [{ indicator: 0, target: 120 }],
    reports: [],
  },
  {
    organisation: "iom",
    priority: "gbvData",
    description: {
      en: "Send monthly service-mapping updates for services open to migrants and contribute to the trends analysis.",
      ar: "إرسال تحديثات شهرية لخريطة الخدمات المتاحة للمهاجرين والمساهمة في تحليل الاتجاهات.",
    },
    status: "IN_PROGRESS",
    targets: [{ indicator: 0, target: 100 }],
    reports: [
      {
        quarter: 3,
        status: "ON_TRACK",
        reviewState: "SUBMITTED",
        reviewerComment: null,
        narrative: {
          en: "All three monthly updates were sent on time; a section on migrant workers was added to the trends analysis.",
          ar: "أُرسلت التحديثات الشهرية الثلاثة في موعدها، وأُضيف قسم حول العمال المهاجرين إلى تحليل الاتجاهات.",
        },
        values: { 0: 100, 1: "Migrant workers' section added; data anonymised at district level." },
      },
    ],
  },
  {
    organisation: "horizonAid",
    priority: "gbvFrontlineCapacity",
    description: {
      en: "Train community-based protection volunteers on safe disclosure and referral.",
      ar: "تدريب متطوعي الحماية المجتمعية على التعامل الآمن مع الإفصاح والإحالة.",
    },
    status: "COMPLETED",
    targets: [{ indicator: 0, target: 120 }],
    reports: [
      {
        quarter: 2,
        status: "DONE",
        reviewState: "VALIDATED",
        reviewerComment: "Validated, thank you for the complete attendance lists.",
        narrative: {
          en: "All 124 volunteers trained; refresher sessions planned with the sector in the autumn.",
          ar: "تم تدريب جميع المتطوعين الـ 124، ومن المقرر تنظيم جلسات تنشيطية مع القطاع في الخريف.",
        },
        values: { 0: 124, 1: 88 },
      },
    ],
  },
  {
    organisation: "lifeline",
    priority: "gbvData",
    description: {
      en: "Contribute anonymised case data to the quarterly trends analysis.",
      ar: "المساهمة ببيانات حالات مجهولة الهوية في التحليل الفصلي للاتجاهات.",
    },
    status: "IN_PROGRESS",
    targets: [],
    reports: [],
  },
  {
    organisation: "mountLebanonLegal",
    priority: "gbvCaseManagement",
    description: {
      en: "Legal counselling and representation for survivors referred by case managers.",
      ar: "الاستشارة والتمثيل القانونيان للناجين والناجيات المحالين من مديري الحالات.",
    },
    status: "IN_PROGRESS",
    targets: [{ indicator: 0, target: 200 }],
    reports: [],
  },

  // LGBTIQ+ Task Force
  {
    organisation: "cedarBridge",
    priority: "lgbtiqInclusiveServices",
    description: {
      en: "Train the staff of partner community centres on inclusive, do-no-harm service provision.",
      ar: "تدريب موظفي المراكز المجتمعية الشريكة على تقديم خدمات دامجة دون إلحاق الضرر.",
    },
    status: "IN_PROGRESS",
    targets: [
      { indicator: 0, target: 30 },
      { indicator: 1, target: 80 },
    ],
    reports: [
      {
        quarter: 2,
        status: "ON_TRACK",
        reviewState: "SUBMITTED",
        reviewerComment: null,
        narrative: {
          en: "Two closed sessions for 14 staff of four community centres.",
          ar: "جلستان مغلقتان لـ 14 موظفاً من أربعة مراكز مجتمعية.",
        },
        values: { 0: 14, 1: 86 },
      },
    ],
  },
  {
    organisation: "rainbowCedar",
    priority: "lgbtiqInformation",
    description: {
      en: "Map safe referral services in the North and the Bekaa, and keep the map with the task force only.",
      ar: "رسم خريطة لخدمات الإحالة الآمنة في الشمال والبقاع، والاحتفاظ بها داخل فريق العمل فقط.",
    },
    status: "IN_PROGRESS",
    targets: [{ indicator: 0, target: 2 }],
    reports: [
      {
        quarter: 1,
        status: "AT_RISK",
        reviewState: "VALIDATED",
        reviewerComment: "Validated. Let us discuss safer ways to verify services in the Bekaa at the next meeting.",
        narrative: {
          en: "The North is mapped. Verification in the Bekaa was slowed down for safety reasons.",
          ar: "اكتملت خريطة الشمال. تباطأ التحقق في البقاع لأسباب تتعلّق بالسلامة.",
        },
        values: { 0: 1, 1: "Draft protocol discussed; two members still to comment." },
      },
    ],
  },
  {
    organisation: "ohchr",
    priority: "lgbtiqPlanning",
    description: {
      en: "Review the draft humanitarian and development planning documents and propose inclusive language.",
      ar: "مراجعة مسودات وثائق التخطيط الإنساني والتنموي واقتراح صياغات دامجة.",
    },
    status: "PLANNED",
    targets: [{ indicator: 0, target: 3 }],
    reports: [],
  },
];

// ---------------------------------------------------------------------------------------------
// Users

export interface DemoUserSeed {
  name: string;
  email: string;
  organisation: DemoOrgKey;
  platformRole: (typeof PLATFORM_ROLES)[number];
}

export const DEMO_USERS = {
  admin: { name: "Hala Mourad", email: "hala.mourad@example.org", organisation: "unWomen", platformRole: "ADMIN" },
  unWomenChair: { name: "Rania Haddad", email: "rania.haddad@example.org", organisation: "unWomen", platformRole: "USER" },
  unfpaCoChair: { name: "Karim Nassar", email: "karim.nassar@example.org", organisation: "unfpa", platformRole: "USER" },
  partnerInTaskForce: { name: "Maya Khoury", email: "maya.khoury@example.org", organisation: "cedarBridge", platformRole: "USER" },
  partnerOutsideTaskForce: { name: "Lina Saab", email: "lina.saab@example.org", organisation: "akkarWomen", platformRole: "USER" },
  gbvPartner: { name: "Nour El Hajj", email: "nour.el.hajj@example.org", organisation: "tyreFamily", platformRole: "USER" },
} satisfies Record<string, DemoUserSeed>;
