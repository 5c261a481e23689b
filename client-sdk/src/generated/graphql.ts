/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Narrows the audit trail; all given conditions must hold. */
export type AuditEventFilter = {
  /** Only this action, e.g. `membership.end`. */
  action?: string | null | undefined;
  /** Only events by this user. */
  actorId?: string | null | undefined;
  /** Only events on this body's objects. */
  bodyId?: string | null | undefined;
  /** Only events on this object. */
  objectId?: string | null | undefined;
  /** Only events at or after this time. */
  since?: string | null | undefined;
  /** Only events at or before this time. */
  until?: string | null | undefined;
};

/** Narrows a list of coordination bodies; all given conditions must hold. */
export type BodyFilter = {
  /** Only bodies that sit in this framework. */
  frameworkId?: string | null | undefined;
  /** Only bodies of these kinds. */
  kinds?: Array<BodyKind> | null | undefined;
  /** Only bodies at these levels. */
  levels?: Array<BodyLevel> | null | undefined;
  /** Only bodies directly under this body. */
  parentId?: string | null | undefined;
  /** Text in the English or Arabic name, or the acronym (case-insensitive). */
  search?: string | null | undefined;
};

/** What kind of coordination body this is. */
export const BodyKind = {
  /** A sector of a response or recovery framework. */
  SECTOR: 'SECTOR',
  /** A sub-working group of a sector or working group. */
  SUB_WORKING_GROUP: 'SUB_WORKING_GROUP',
  /** A task force, often under the auspices of a working group. */
  TASK_FORCE: 'TASK_FORCE',
  /** A working group, e.g. the Gender Working Group. */
  WORKING_GROUP: 'WORKING_GROUP'
} as const;

export type BodyKind = typeof BodyKind[keyof typeof BodyKind];
/** Where a body coordinates. */
export const BodyLevel = {
  /** Field (sub-national) level. */
  FIELD: 'FIELD',
  /** Headquarters level. */
  GLOBAL: 'GLOBAL',
  /** Country level. */
  NATIONAL: 'NATIONAL',
  /** Regional level. */
  REGIONAL: 'REGIONAL'
} as const;

export type BodyLevel = typeof BodyLevel[keyof typeof BodyLevel];
/** How to sort coordination bodies. */
export type BodyOrder = {
  /** The direction; ascending by default. */
  direction?: OrderDirection;
  /** The field to sort by. */
  field: BodyOrderField;
};

/** What to sort coordination bodies by. */
export const BodyOrderField = {
  /** When the body was recorded. */
  CREATED_AT: 'CREATED_AT',
  /** The name in the request's language. */
  NAME: 'NAME'
} as const;

export type BodyOrderField = typeof BodyOrderField[keyof typeof BodyOrderField];
/** Who may see a body's members, priorities and commitments. */
export const BodyVisibility = {
  /** Only users of its member organisations, and admins; others see its name and kind only. */
  MEMBERS_ONLY: 'MEMBERS_ONLY',
  /** Every signed-in user. */
  PUBLIC: 'PUBLIC'
} as const;

export type BodyVisibility = typeof BodyVisibility[keyof typeof BodyVisibility];
/** A pledge against a priority: by a member for its own organisation, or by a lead or admin on a member's behalf. */
export type CommitmentCreateInput = {
  /** What the organisation will do. */
  description: LocalizedTextInput;
  /** Send the same key again to retry safely: a retry returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** The committing organisation; the viewer's own when omitted. */
  organisationId?: string | null | undefined;
  /** The priority committed against. */
  priorityId: string;
  /** PLANNED (the default), IN_PROGRESS or COMPLETED. */
  status?: CommitmentStatus;
  /** Targets per indicator of the priority. */
  targets?: Array<CommitmentTargetInput> | null | undefined;
};

/** Narrows a list of commitments; all given conditions must hold. */
export type CommitmentFilter = {
  /** Only commitments against this body's priorities. */
  bodyId?: string | null | undefined;
  /** Only this organisation's commitments. */
  organisationId?: string | null | undefined;
  /** Only commitments against this priority. */
  priorityId?: string | null | undefined;
  /** Only commitments with this status. */
  status?: CommitmentStatus | null | undefined;
  /** Only commitments against priorities of this year. */
  year?: number | null | undefined;
};

/** How to sort commitments. */
export type CommitmentOrder = {
  /** The direction; ascending by default. */
  direction?: OrderDirection;
  /** The field to sort by. */
  field: CommitmentOrderField;
};

/** What to sort commitments by. */
export const CommitmentOrderField = {
  /** When the commitment was made (the default). */
  CREATED_AT: 'CREATED_AT',
  /** The committing organisation's name in the request's language. */
  ORGANISATION_NAME: 'ORGANISATION_NAME',
  /** When the commitment last changed. */
  UPDATED_AT: 'UPDATED_AT'
} as const;

export type CommitmentOrderField = typeof CommitmentOrderField[keyof typeof CommitmentOrderField];
/** Where a commitment stands. */
export const CommitmentStatus = {
  /** Done. */
  COMPLETED: 'COMPLETED',
  /** Work under way. */
  IN_PROGRESS: 'IN_PROGRESS',
  /** Pledged, work not started. */
  PLANNED: 'PLANNED',
  /** Withdrawn by the organisation; kept as history. */
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type CommitmentStatus = typeof CommitmentStatus[keyof typeof CommitmentStatus];
/** The organisation's own target for one indicator of the priority. */
export type CommitmentTargetInput = {
  /** An indicator of the commitment's priority. */
  indicatorId: string;
  /** The aim in words. */
  note?: string | null | undefined;
  /** The value aimed for (not for QUALITATIVE indicators; 0–100 for PERCENTAGE). */
  target?: number | null | undefined;
};

/** Changes to a commitment; omitted fields stay as they are. `targets`, when given, replaces all targets. */
export type CommitmentUpdateInput = {
  /** The commitment. */
  commitmentId: string;
  /** What the organisation will do. */
  description?: LocalizedTextInput | null | undefined;
  /** The `version` last read; a stale version is a CONFLICT. */
  expectedVersion: number;
  /** PLANNED, IN_PROGRESS or COMPLETED (withdraw with commitmentWithdraw). */
  status?: CommitmentStatus | null | undefined;
  /** The new targets, replacing the old ones. */
  targets?: Array<CommitmentTargetInput> | null | undefined;
};

/** Withdraws a commitment; it stays in history with its reports. */
export type CommitmentWithdrawInput = {
  /** The commitment. */
  commitmentId: string;
  /** The `version` last read; a stale version is a CONFLICT. */
  expectedVersion: number;
};

/** A person who represents an organisation in a body. */
export type FocalPointAddInput = {
  /** E-mail address. */
  email?: string | null | undefined;
  /** The membership the person represents. */
  membershipId: string;
  /** The person's name. */
  name: string;
  /** Phone number. */
  phone?: string | null | undefined;
  /** The person's job title. */
  title?: string | null | undefined;
};

/** Removes a focal point (the audit trail keeps what it was). */
export type FocalPointRemoveInput = {
  /** The `version` last read; a stale version is a CONFLICT. */
  expectedVersion: number;
  /** The focal point. */
  focalPointId: string;
};

/** Changes to a focal point; omitted fields stay as they are, null clears an optional one. */
export type FocalPointUpdateInput = {
  /** E-mail address. */
  email?: string | null | undefined;
  /** The `version` last read; a stale version is a CONFLICT. */
  expectedVersion: number;
  /** The focal point. */
  focalPointId: string;
  /** The person's name. */
  name?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** The person's job title. */
  title?: string | null | undefined;
};

/** A lead adds an indicator to a priority. */
export type IndicatorAddInput = {
  /** The value at the start (0–100 for PERCENTAGE; none for QUALITATIVE). */
  baseline?: number | null | undefined;
  /** Whether higher (UP, the default) or lower values are progress. */
  direction?: IndicatorDirection;
  /** How it is measured. */
  measure: IndicatorMeasure;
  /** The indicator's name. */
  name: LocalizedTextInput;
  /** The priority. */
  priorityId: string;
  /** The value aimed for (0–100 for PERCENTAGE; none for QUALITATIVE). */
  target?: number | null | undefined;
  /** What is counted, for UNIT indicators (e.g. trainings). */
  unitLabel?: LocalizedTextInput | null | undefined;
};

/** Which way is progress for an indicator. */
export const IndicatorDirection = {
  /** Lower is better. */
  DOWN: 'DOWN',
  /** Higher is better. */
  UP: 'UP'
} as const;

export type IndicatorDirection = typeof IndicatorDirection[keyof typeof IndicatorDirection];
/** An indicator of a priority: how progress on it is measured. */
export type IndicatorInput = {
  /** The value at the start (0–100 for PERCENTAGE; none for QUALITATIVE). */
  baseline?: number | null | undefined;
  /** Whether higher (UP, the default) or lower values are progress. */
  direction?: IndicatorDirection;
  /** How it is measured. */
  measure: IndicatorMeasure;
  /** The indicator's name. */
  name: LocalizedTextInput;
  /** The value aimed for (0–100 for PERCENTAGE; none for QUALITATIVE). */
  target?: number | null | undefined;
  /** What is counted, for UNIT indicators (e.g. trainings). */
  unitLabel?: LocalizedTextInput | null | undefined;
};

/** How an indicator is measured. */
export const IndicatorMeasure = {
  /** A percentage from 0 to 100. */
  PERCENTAGE: 'PERCENTAGE',
  /** A described change, reported as text; no baseline or target numbers. */
  QUALITATIVE: 'QUALITATIVE',
  /** A count of units (e.g. trainings, people reached); `unitLabel` names the unit. */
  UNIT: 'UNIT'
} as const;

export type IndicatorMeasure = typeof IndicatorMeasure[keyof typeof IndicatorMeasure];
/** Changes to an indicator; omitted fields stay as they are. The measure cannot change once set. */
export type IndicatorUpdateInput = {
  /** The new baseline. */
  baseline?: number | null | undefined;
  /** The new direction. */
  direction?: IndicatorDirection | null | undefined;
  /** The `version` last read; a stale version is a CONFLICT. */
  expectedVersion: number;
  /** The indicator. */
  indicatorId: string;
  /** The new name. */
  name?: LocalizedTextInput | null | undefined;
  /** The new target. */
  target?: number | null | undefined;
  /** The new unit label. */
  unitLabel?: LocalizedTextInput | null | undefined;
};

/** The value reported for one indicator of the commitment's priority. */
export type IndicatorValueInput = {
  /** An indicator of the commitment's priority. */
  indicatorId: string;
  /** The change in words (required for QUALITATIVE indicators; a note otherwise). */
  text?: string | null | undefined;
  /** The number (UNIT and PERCENTAGE indicators; 0–100 for PERCENTAGE). */
  value?: number | null | undefined;
};

/** A text in English and/or Arabic; at least one of the two. */
export type LocalizedTextInput = {
  /** Arabic text. */
  ar?: string | null | undefined;
  /** English text. */
  en?: string | null | undefined;
};

/** A lead adds an organisation to a body, as an active member. */
export type MembershipCreateInput = {
  /** The body. */
  bodyId: string;
  /** When the membership is planned to end, if known. */
  endDate?: string | null | undefined;
  /** The organisation to add. */
  organisationId: string;
  /** The organisation's role. */
  role: MembershipRole;
  /** When the membership starts; today when omitted. */
  startDate?: string | null | undefined;
};

/** Narrows a list of memberships; all given conditions must hold. */
export type MembershipFilter = {
  /** Only these roles. */
  roles?: Array<MembershipRole> | null | undefined;
  /** Only these statuses. When omitted: every status but ENDED (ask for ENDED to see history). */
  statuses?: Array<MembershipStatus> | null | undefined;
};

/** How to sort memberships. */
export type MembershipOrder = {
  /** The direction; ascending by default. */
  direction?: OrderDirection;
  /** The field to sort by. */
  field: MembershipOrderField;
};

/** What to sort memberships by. */
export const MembershipOrderField = {
  /** The body's name in the request's language (the default for an organisation's memberships). */
  BODY_NAME: 'BODY_NAME',
  /** When the membership was recorded. */
  CREATED_AT: 'CREATED_AT',
  /** The organisation's name in the request's language (the default for a body's members). */
  ORGANISATION_NAME: 'ORGANISATION_NAME',
  /** Chair, then co-chair, member, observer. */
  ROLE: 'ROLE',
  /** When the membership started. */
  START_DATE: 'START_DATE'
} as const;

export type MembershipOrderField = typeof MembershipOrderField[keyof typeof MembershipOrderField];
/** A user asks for their own organisation to join a body; a lead approves or declines. */
export type MembershipRequestInput = {
  /** The body to join. */
  bodyId: string;
  /** Send the same key again to retry safely: a retry returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** The role asked for: MEMBER (the default) or OBSERVER. */
  role?: MembershipRole;
};

/** The part an organisation plays in a body. */
export const MembershipRole = {
  /** Chairs the body; a lead. */
  CHAIR: 'CHAIR',
  /** Co-chairs the body; a lead. */
  CO_CHAIR: 'CO_CHAIR',
  /** A member: commits against priorities and reports progress. */
  MEMBER: 'MEMBER',
  /** Follows the body's work (e.g. member states and donors); does not commit or report. */
  OBSERVER: 'OBSERVER'
} as const;

export type MembershipRole = typeof MembershipRole[keyof typeof MembershipRole];
/** Where a membership stands. */
export const MembershipStatus = {
  /** A current membership. */
  ACTIVE: 'ACTIVE',
  /** Over; kept as history. */
  ENDED: 'ENDED',
  /** The organisation asked to join; a lead has not decided yet. */
  REQUESTED: 'REQUESTED',
  /** Paused by a lead; the organisation acts as a non-member meanwhile. */
  SUSPENDED: 'SUSPENDED'
} as const;

export type MembershipStatus = typeof MembershipStatus[keyof typeof MembershipStatus];
/** A change of a membership's state, made by a lead. */
export type MembershipTransitionInput = {
  /** When the change takes effect (start date on approval, end date on ending); today when omitted. */
  date?: string | null | undefined;
  /** The `version` the lead last read; a stale version is a CONFLICT. */
  expectedVersion: number;
  /** The membership. */
  membershipId: string;
};

/** A lead changes a membership's role or dates. */
export type MembershipUpdateInput = {
  /** The new (planned) end date. */
  endDate?: string | null | undefined;
  /** The `version` the lead last read; a stale version is a CONFLICT. */
  expectedVersion: number;
  /** The membership. */
  membershipId: string;
  /** The new role. */
  role?: MembershipRole | null | undefined;
  /** The new start date. */
  startDate?: string | null | undefined;
};

/** The direction of a sort. */
export const OrderDirection = {
  /** Smallest or earliest first. */
  ASC: 'ASC',
  /** Largest or latest first. */
  DESC: 'DESC'
} as const;

export type OrderDirection = typeof OrderDirection[keyof typeof OrderDirection];
/** Narrows a list of organisations; all given conditions must hold. */
export type OrganisationFilter = {
  /** Text in the English or Arabic name, the acronym or the IATI identifier (case-insensitive). */
  search?: string | null | undefined;
  /** Only organisations of these types. */
  types?: Array<OrganisationType> | null | undefined;
};

/** How to sort organisations. */
export type OrganisationOrder = {
  /** The direction; ascending by default. */
  direction?: OrderDirection;
  /** The field to sort by. */
  field: OrganisationOrderField;
};

/** What to sort organisations by. */
export const OrganisationOrderField = {
  /** The acronym (organisations without one sort by name). */
  ACRONYM: 'ACRONYM',
  /** When the organisation was recorded. */
  CREATED_AT: 'CREATED_AT',
  /** The name in the request's language. */
  NAME: 'NAME'
} as const;

export type OrganisationOrderField = typeof OrganisationOrderField[keyof typeof OrganisationOrderField];
/** The kind of organisation, from the IATI OrganisationType codelist (`typeCode` gives the IATI code). */
export const OrganisationType = {
  /** IATI 80: Academic, Training and Research. */
  ACADEMIC_TRAINING_RESEARCH: 'ACADEMIC_TRAINING_RESEARCH',
  /** IATI 60: Foundation. */
  FOUNDATION: 'FOUNDATION',
  /** IATI 10: Government (including member states). */
  GOVERNMENT: 'GOVERNMENT',
  /** IATI 21: International NGO. */
  INTERNATIONAL_NGO: 'INTERNATIONAL_NGO',
  /** IATI 11: Local Government. */
  LOCAL_GOVERNMENT: 'LOCAL_GOVERNMENT',
  /** IATI 40: Multilateral (UN agencies, the World Bank, the EU's institutions). */
  MULTILATERAL: 'MULTILATERAL',
  /** IATI 22: National NGO. */
  NATIONAL_NGO: 'NATIONAL_NGO',
  /** IATI 90: Other. */
  OTHER: 'OTHER',
  /** IATI 15: Other Public Sector. */
  OTHER_PUBLIC_SECTOR: 'OTHER_PUBLIC_SECTOR',
  /** IATI 24: Partner Country based NGO. */
  PARTNER_COUNTRY_BASED_NGO: 'PARTNER_COUNTRY_BASED_NGO',
  /** IATI 70: Private Sector. */
  PRIVATE_SECTOR: 'PRIVATE_SECTOR',
  /** IATI 30: Public Private Partnership. */
  PUBLIC_PRIVATE_PARTNERSHIP: 'PUBLIC_PRIVATE_PARTNERSHIP',
  /** IATI 23: Regional NGO. */
  REGIONAL_NGO: 'REGIONAL_NGO'
} as const;

export type OrganisationType = typeof OrganisationType[keyof typeof OrganisationType];
/** A user's role on the platform as a whole. */
export const PlatformRole = {
  /** A platform administrator: sees and manages every body. */
  ADMIN: 'ADMIN',
  /** A user who acts through their organisation's memberships. */
  USER: 'USER'
} as const;

export type PlatformRole = typeof PlatformRole[keyof typeof PlatformRole];
/** Copies a body's open priorities of one year, with their indicators, to a later year. */
export type PrioritiesCarryForwardInput = {
  /** The body. */
  bodyId: string;
  /** The year to copy from. */
  fromYear: number;
  /** The later year to copy to. */
  toYear: number;
};

/** Archives a priority: it stays readable but is no longer carried forward or committed against. */
export type PriorityArchiveInput = {
  /** The `version` last read; a stale version is a CONFLICT. */
  expectedVersion: number;
  /** The priority. */
  priorityId: string;
};

/** A lead sets one of the body's shared annual priorities. */
export type PriorityCreateInput = {
  /** The body. */
  bodyId: string;
  /** What the priority is about. */
  description?: LocalizedTextInput | null | undefined;
  /** Its indicators (at most 20); more can be added later. */
  indicators?: Array<IndicatorInput> | null | undefined;
  /** The priority's title. */
  title: LocalizedTextInput;
  /** One of the body's work areas. */
  workArea: WorkArea;
  /** The year (2000–2100). */
  year: number;
};

/** Narrows a list of priorities; all given conditions must hold. */
export type PriorityFilter = {
  /** Only this body's priorities. */
  bodyId?: string | null | undefined;
  /** Include archived priorities (excluded by default). */
  includeArchived?: boolean;
  /** Only priorities in this work area. */
  workArea?: WorkArea | null | undefined;
  /** Only priorities for this year. */
  year?: number | null | undefined;
};

/** Narrows a body's priorities. */
export type PriorityOfBodyFilter = {
  /** Include archived priorities (excluded by default). */
  includeArchived?: boolean;
  /** Only priorities in this work area. */
  workArea?: WorkArea | null | undefined;
};

/** How to sort priorities. */
export type PriorityOrder = {
  /** The direction; ascending by default. */
  direction?: OrderDirection;
  /** The field to sort by. */
  field: PriorityOrderField;
};

/** What to sort priorities by. */
export const PriorityOrderField = {
  /** When the priority was set (the default). */
  CREATED_AT: 'CREATED_AT',
  /** The title in the request's language. */
  TITLE: 'TITLE',
  /** The priority's year. */
  YEAR: 'YEAR'
} as const;

export type PriorityOrderField = typeof PriorityOrderField[keyof typeof PriorityOrderField];
/** Changes to a priority; omitted fields stay as they are. */
export type PriorityUpdateInput = {
  /** The new description. */
  description?: LocalizedTextInput | null | undefined;
  /** The `version` last read; a stale version is a CONFLICT. */
  expectedVersion: number;
  /** The priority. */
  priorityId: string;
  /** The new title. */
  title?: LocalizedTextInput | null | undefined;
  /** One of the body's work areas. */
  workArea?: WorkArea | null | undefined;
};

/** A correction: a new revision of the report; omitted fields keep the current revision's. */
export type ProgressReportCorrectInput = {
  /** The `version` last read; a stale version is a CONFLICT. */
  expectedVersion: number;
  /** What happened in the period. */
  narrative?: LocalizedTextInput | null | undefined;
  /** The last day of the period. */
  periodEnd?: string | null | undefined;
  /** The first day of the period. */
  periodStart?: string | null | undefined;
  /** The report. */
  reportId: string;
  /** How the organisation rates its progress. */
  status?: ReportStatus | null | undefined;
  /** The values, replacing the current revision's. */
  values?: Array<IndicatorValueInput> | null | undefined;
};

/** How to sort progress reports. */
export type ProgressReportOrder = {
  /** The direction; descending by default. */
  direction?: OrderDirection;
  /** The field to sort by. */
  field: ProgressReportOrderField;
};

/** What to sort progress reports by. */
export const ProgressReportOrderField = {
  /** The end of the period reported on (the default, latest first). */
  PERIOD_END: 'PERIOD_END',
  /** When the shown revision was submitted. */
  SUBMITTED_AT: 'SUBMITTED_AT'
} as const;

export type ProgressReportOrderField = typeof ProgressReportOrderField[keyof typeof ProgressReportOrderField];
/** A lead reviews a submitted report. */
export type ProgressReportReviewInput = {
  /** The reviewer's comment; required when returning. */
  comment?: string | null | undefined;
  /** Validate or return. */
  decision: ReviewDecision;
  /** The `version` last read; when given, a stale version is a CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The report. */
  reportId: string;
};

/** A partner reports progress on its commitment for one period. */
export type ProgressReportSubmitInput = {
  /** The commitment reported on. */
  commitmentId: string;
  /** Send the same key again to retry safely: a retry returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** What happened in the period. */
  narrative?: LocalizedTextInput | null | undefined;
  /** The last day of the period. */
  periodEnd: string;
  /** The first day of the period. */
  periodStart: string;
  /** How the organisation rates its progress. */
  status: ReportStatus;
  /** Values for the indicators of the commitment's priority. */
  values: Array<IndicatorValueInput>;
};

/** A lead unlocks a validated report so that it can be corrected. */
export type ProgressReportUnlockInput = {
  /** The `version` last read; when given, a stale version is a CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Why it is unlocked; recorded in the audit trail and shown as the reviewer's comment. */
  reason: string;
  /** The report. */
  reportId: string;
};

/** How the reporting organisation rates its progress. */
export const ReportStatus = {
  /** At risk of missing the target. */
  AT_RISK: 'AT_RISK',
  /** Done. */
  DONE: 'DONE',
  /** Off track. */
  OFF_TRACK: 'OFF_TRACK',
  /** On track. */
  ON_TRACK: 'ON_TRACK'
} as const;

export type ReportStatus = typeof ReportStatus[keyof typeof ReportStatus];
/** A lead's decision on a submitted report. */
export const ReviewDecision = {
  /** Send it back for correction, with a comment. */
  RETURN: 'RETURN',
  /** Accept the report; it is locked against changes. */
  VALIDATE: 'VALIDATE'
} as const;

export type ReviewDecision = typeof ReviewDecision[keyof typeof ReviewDecision];
/** Where the leads' review of a report stands. */
export const ReviewState = {
  /** Sent back by a lead with a comment, for correction. */
  RETURNED: 'RETURNED',
  /** Waiting for a lead's review. */
  SUBMITTED: 'SUBMITTED',
  /** Validated by a lead; locked against changes. */
  VALIDATED: 'VALIDATED'
} as const;

export type ReviewState = typeof ReviewState[keyof typeof ReviewState];
/** Why a write was refused. */
export const UserErrorCode = {
  /** The object to create exists already (e.g. a live membership of the organisation in the body). */
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  /** The object changed since the viewer read it (a stale `expectedVersion`), or its state does not allow this change now. */
  CONFLICT: 'CONFLICT',
  /** The viewer may see the object but not make this change. */
  FORBIDDEN: 'FORBIDDEN',
  /** An input value is not acceptable; `field` names it. */
  INVALID: 'INVALID',
  /** The object is locked, e.g. a validated progress report; a lead must unlock it first. */
  LOCKED: 'LOCKED',
  /** The object does not exist, or the viewer may not see it. */
  NOT_FOUND: 'NOT_FOUND'
} as const;

export type UserErrorCode = typeof UserErrorCode[keyof typeof UserErrorCode];
/** An area of work a body and its priorities belong to. */
export const WorkArea = {
  /** Advocacy. */
  ADVOCACY: 'ADVOCACY',
  /** Coordination and information sharing. */
  COORDINATION_AND_INFORMATION_SHARING: 'COORDINATION_AND_INFORMATION_SHARING',
  /** Monitoring and reporting. */
  MONITORING_AND_REPORTING: 'MONITORING_AND_REPORTING',
  /** Policy and legal reform. */
  POLICY_AND_LEGAL_REFORM: 'POLICY_AND_LEGAL_REFORM',
  /** Research and data. */
  RESEARCH_AND_DATA: 'RESEARCH_AND_DATA',
  /** Resource mobilisation. */
  RESOURCE_MOBILISATION: 'RESOURCE_MOBILISATION',
  /** Service delivery. */
  SERVICE_DELIVERY: 'SERVICE_DELIVERY',
  /** Technical assistance and capacity building. */
  TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING: 'TECHNICAL_ASSISTANCE_AND_CAPACITY_BUILDING'
} as const;

export type WorkArea = typeof WorkArea[keyof typeof WorkArea];
export type CommitmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CommitmentFilter | null | undefined;
  orderBy?: CommitmentOrder | null | undefined;
}>;


export type CommitmentsQuery = { commitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: CommitmentStatus, description: string, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanReport: boolean, descriptionTranslations: { en: string | null, ar: string | null }, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, priority: { id: string, title: string, year: number, workArea: WorkArea, body: { id: string, name: string, acronym: string | null } }, targets: Array<{ target: number | null, note: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }>, latestReport: { id: string, periodStart: string, periodEnd: string, status: ReportStatus, reviewState: ReviewState, version: number, locked: boolean } | null }> } };

export type CommitmentQueryVariables = Exact<{
  id: string;
}>;


export type CommitmentQuery = { node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Commitment', id: string, status: CommitmentStatus, description: string, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanReport: boolean, descriptionTranslations: { en: string | null, ar: string | null }, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, priority: { id: string, title: string, year: number, workArea: WorkArea, body: { id: string, name: string, acronym: string | null } }, targets: Array<{ target: number | null, note: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }>, latestReport: { id: string, periodStart: string, periodEnd: string, status: ReportStatus, reviewState: ReviewState, version: number, locked: boolean } | null }
    | { __typename: 'CoordinationBody', id: string }
    | { __typename: 'FocalPoint', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'FrameworkTrack', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Priority', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'User', id: string }
   | null };

export type CommitmentCreateMutationVariables = Exact<{
  input: CommitmentCreateInput;
}>;


export type CommitmentCreateMutation = { commitmentCreate: { commitment: { id: string, status: CommitmentStatus, description: string, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanReport: boolean, descriptionTranslations: { en: string | null, ar: string | null }, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, priority: { id: string, title: string, year: number, workArea: WorkArea, body: { id: string, name: string, acronym: string | null } }, targets: Array<{ target: number | null, note: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }>, latestReport: { id: string, periodStart: string, periodEnd: string, status: ReportStatus, reviewState: ReviewState, version: number, locked: boolean } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CommitmentUpdateMutationVariables = Exact<{
  input: CommitmentUpdateInput;
}>;


export type CommitmentUpdateMutation = { commitmentUpdate: { commitment: { id: string, status: CommitmentStatus, description: string, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanReport: boolean, descriptionTranslations: { en: string | null, ar: string | null }, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, priority: { id: string, title: string, year: number, workArea: WorkArea, body: { id: string, name: string, acronym: string | null } }, targets: Array<{ target: number | null, note: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }>, latestReport: { id: string, periodStart: string, periodEnd: string, status: ReportStatus, reviewState: ReviewState, version: number, locked: boolean } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CommitmentWithdrawMutationVariables = Exact<{
  input: CommitmentWithdrawInput;
}>;


export type CommitmentWithdrawMutation = { commitmentWithdraw: { commitment: { id: string, status: CommitmentStatus, description: string, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanReport: boolean, descriptionTranslations: { en: string | null, ar: string | null }, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, priority: { id: string, title: string, year: number, workArea: WorkArea, body: { id: string, name: string, acronym: string | null } }, targets: Array<{ target: number | null, note: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }>, latestReport: { id: string, periodStart: string, periodEnd: string, status: ReportStatus, reviewState: ReviewState, version: number, locked: boolean } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, name: string, email: string, platformRole: PlatformRole, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } } | null, roles: Array<{ id: string, role: MembershipRole, status: MembershipStatus, body: { id: string, name: string, acronym: string | null, kind: BodyKind, level: BodyLevel | null, visibility: BodyVisibility, viewerCanSeeDetails: boolean, viewerRole: MembershipRole | null, nameTranslations: { en: string | null, ar: string | null } } }> } };

export type BodiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: BodyFilter | null | undefined;
  orderBy?: BodyOrder | null | undefined;
}>;


export type BodiesQuery = { bodies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, acronym: string | null, kind: BodyKind, level: BodyLevel | null, visibility: BodyVisibility, viewerCanSeeDetails: boolean, viewerRole: MembershipRole | null, framework: { id: string, code: string, name: string } | null, parent: { id: string, name: string } | null, leads: Array<{ id: string, role: MembershipRole, organisation: { id: string, name: string, acronym: string | null } }>, nameTranslations: { en: string | null, ar: string | null } }> } };

export type BodyQueryVariables = Exact<{
  id: string;
}>;


export type BodyQuery = { body: { description: string | null, workAreas: Array<WorkArea>, createdAt: string, viewerCanCommit: boolean, viewerCanManageMembers: boolean, viewerCanManagePriorities: boolean, viewerCanReadAuditTrail: boolean, viewerCanRequestMembership: boolean, viewerCanReview: boolean, id: string, name: string, acronym: string | null, kind: BodyKind, level: BodyLevel | null, visibility: BodyVisibility, viewerCanSeeDetails: boolean, viewerRole: MembershipRole | null, descriptionTranslations: { en: string | null, ar: string | null } | null, framework: { id: string, code: string, name: string } | null, parent: { id: string, name: string, kind: BodyKind } | null, relatedBodies: Array<{ id: string, name: string, kind: BodyKind }>, leads: Array<{ id: string, role: MembershipRole, status: MembershipStatus, startDate: string | null, endDate: string | null, version: number, createdAt: string, updatedAt: string, viewerCanManage: boolean, viewerCanEditFocalPoints: boolean, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, body: { id: string, name: string, acronym: string | null, kind: BodyKind }, focalPoints: Array<{ id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null }> }>, nameTranslations: { en: string | null, ar: string | null } } | null };

export type FrameworksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FrameworksQuery = { frameworks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, description: string | null, nameTranslations: { en: string | null, ar: string | null }, tracks: Array<{ id: string, code: string, name: string, position: number }>, bodies: { totalCount: number, nodes: Array<{ id: string, name: string, acronym: string | null, kind: BodyKind }> } }> } };

export type OrganisationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrganisationFilter | null | undefined;
  orderBy?: OrganisationOrder | null | undefined;
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ typeCode: number, iatiIdentifier: string | null, id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }> } };

export type OrganisationQueryVariables = Exact<{
  id: string;
  membershipsFirst?: number | null | undefined;
}>;


export type OrganisationQuery = { organisation: { typeCode: number, iatiIdentifier: string | null, createdAt: string, id: string, name: string, acronym: string | null, type: OrganisationType, memberships: { totalCount: number, nodes: Array<{ id: string, role: MembershipRole, status: MembershipStatus, startDate: string | null, body: { id: string, name: string, acronym: string | null, kind: BodyKind, level: BodyLevel | null, visibility: BodyVisibility, viewerCanSeeDetails: boolean, viewerRole: MembershipRole | null, nameTranslations: { en: string | null, ar: string | null } } }> }, nameTranslations: { en: string | null, ar: string | null } } | null };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'AuditEvent', action: string, occurredAt: string, id: string }
    | { __typename: 'Commitment', description: string, id: string, commitmentStatus: CommitmentStatus }
    | { __typename: 'CoordinationBody', name: string, kind: BodyKind, id: string }
    | { __typename: 'FocalPoint', name: string, id: string }
    | { __typename: 'Framework', code: string, name: string, id: string }
    | { __typename: 'FrameworkTrack', code: string, name: string, id: string }
    | { __typename: 'Indicator', name: string, measure: IndicatorMeasure, id: string }
    | { __typename: 'Membership', role: MembershipRole, status: MembershipStatus, id: string, organisation: { id: string, name: string }, body: { id: string, name: string } }
    | { __typename: 'Organisation', name: string, acronym: string | null, id: string }
    | { __typename: 'Priority', title: string, year: number, id: string }
    | { __typename: 'ProgressReport', periodStart: string, periodEnd: string, reviewState: ReviewState, id: string, reportStatus: ReportStatus }
    | { __typename: 'User', name: string, id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Commitment', description: string, id: string, commitmentStatus: CommitmentStatus }
    | { __typename: 'CoordinationBody', name: string, kind: BodyKind, id: string }
    | { __typename: 'FocalPoint', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'FrameworkTrack', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'Membership', role: MembershipRole, status: MembershipStatus, id: string }
    | { __typename: 'Organisation', name: string, acronym: string | null, id: string }
    | { __typename: 'Priority', title: string, year: number, id: string }
    | { __typename: 'ProgressReport', periodStart: string, periodEnd: string, reviewState: ReviewState, id: string }
    | { __typename: 'User', id: string }
   | null> };

export type PageInfoFieldsFragment = { hasNextPage: boolean, endCursor: string | null };

export type UserErrorFieldsFragment = { code: UserErrorCode, field: Array<string> | null, message: string };

export type TranslationsFragment = { en: string | null, ar: string | null };

export type OrganisationSummaryFragment = { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } };

export type BodySummaryFragment = { id: string, name: string, acronym: string | null, kind: BodyKind, level: BodyLevel | null, visibility: BodyVisibility, viewerCanSeeDetails: boolean, viewerRole: MembershipRole | null, nameTranslations: { en: string | null, ar: string | null } };

export type FocalPointFieldsFragment = { id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null };

export type MembershipFieldsFragment = { id: string, role: MembershipRole, status: MembershipStatus, startDate: string | null, endDate: string | null, version: number, createdAt: string, updatedAt: string, viewerCanManage: boolean, viewerCanEditFocalPoints: boolean, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, body: { id: string, name: string, acronym: string | null, kind: BodyKind }, focalPoints: Array<{ id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null }> };

export type IndicatorFieldsFragment = { id: string, version: number, name: string, measure: IndicatorMeasure, direction: IndicatorDirection, baseline: number | null, target: number | null, unitLabel: string | null, position: number, nameTranslations: { en: string | null, ar: string | null } };

export type PriorityFieldsFragment = { id: string, year: number, workArea: WorkArea, title: string, description: string | null, archived: boolean, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanCommit: boolean, titleTranslations: { en: string | null, ar: string | null }, body: { id: string, name: string, acronym: string | null }, indicators: Array<{ id: string, version: number, name: string, measure: IndicatorMeasure, direction: IndicatorDirection, baseline: number | null, target: number | null, unitLabel: string | null, position: number, nameTranslations: { en: string | null, ar: string | null } }> };

export type CommitmentTargetFieldsFragment = { target: number | null, note: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } };

export type IndicatorValueFieldsFragment = { value: number | null, text: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } };

export type ProgressReportFieldsFragment = { id: string, periodStart: string, periodEnd: string, status: ReportStatus, narrative: string | null, revision: number, version: number, reviewState: ReviewState, reviewerComment: string | null, reviewedAt: string | null, locked: boolean, submittedAt: string, viewerCanCorrect: boolean, viewerCanReview: boolean, viewerCanUnlock: boolean, narrativeTranslations: { en: string | null, ar: string | null } | null, values: Array<{ value: number | null, text: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }> };

export type CommitmentFieldsFragment = { id: string, status: CommitmentStatus, description: string, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanReport: boolean, descriptionTranslations: { en: string | null, ar: string | null }, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, priority: { id: string, title: string, year: number, workArea: WorkArea, body: { id: string, name: string, acronym: string | null } }, targets: Array<{ target: number | null, note: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }>, latestReport: { id: string, periodStart: string, periodEnd: string, status: ReportStatus, reviewState: ReviewState, version: number, locked: boolean } | null };

export type AuditEventFieldsFragment = { id: string, action: string, objectType: string, objectId: string, occurredAt: string, before: unknown, after: unknown, actor: { id: string, name: string } | null, actorOrganisation: { id: string, name: string, acronym: string | null } | null, body: { id: string, name: string } | null };

export type StatusCountsFragment = { reportsAwaitingReview: number, commitmentsByStatus: Array<{ status: CommitmentStatus, count: number }>, latestReportsByStatus: Array<{ status: ReportStatus, count: number }> };

export type BodyMembershipsQueryVariables = Exact<{
  bodyId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MembershipFilter | null | undefined;
  orderBy?: MembershipOrder | null | undefined;
}>;


export type BodyMembershipsQuery = { body: { id: string, name: string, viewerCanManageMembers: boolean, memberships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, role: MembershipRole, status: MembershipStatus, startDate: string | null, endDate: string | null, version: number, createdAt: string, updatedAt: string, viewerCanManage: boolean, viewerCanEditFocalPoints: boolean, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, body: { id: string, name: string, acronym: string | null, kind: BodyKind }, focalPoints: Array<{ id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null }> }> } } | null };

export type MembershipCreateMutationVariables = Exact<{
  input: MembershipCreateInput;
}>;


export type MembershipCreateMutation = { membershipCreate: { membership: { id: string, role: MembershipRole, status: MembershipStatus, startDate: string | null, endDate: string | null, version: number, createdAt: string, updatedAt: string, viewerCanManage: boolean, viewerCanEditFocalPoints: boolean, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, body: { id: string, name: string, acronym: string | null, kind: BodyKind }, focalPoints: Array<{ id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipRequestMutationVariables = Exact<{
  input: MembershipRequestInput;
}>;


export type MembershipRequestMutation = { membershipRequest: { membership: { id: string, role: MembershipRole, status: MembershipStatus, startDate: string | null, endDate: string | null, version: number, createdAt: string, updatedAt: string, viewerCanManage: boolean, viewerCanEditFocalPoints: boolean, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, body: { id: string, name: string, acronym: string | null, kind: BodyKind }, focalPoints: Array<{ id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipApproveMutationVariables = Exact<{
  input: MembershipTransitionInput;
}>;


export type MembershipApproveMutation = { membershipApprove: { membership: { id: string, role: MembershipRole, status: MembershipStatus, startDate: string | null, endDate: string | null, version: number, createdAt: string, updatedAt: string, viewerCanManage: boolean, viewerCanEditFocalPoints: boolean, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, body: { id: string, name: string, acronym: string | null, kind: BodyKind }, focalPoints: Array<{ id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipDeclineMutationVariables = Exact<{
  input: MembershipTransitionInput;
}>;


export type MembershipDeclineMutation = { membershipDecline: { membership: { id: string, role: MembershipRole, status: MembershipStatus, startDate: string | null, endDate: string | null, version: number, createdAt: string, updatedAt: string, viewerCanManage: boolean, viewerCanEditFocalPoints: boolean, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, body: { id: string, name: string, acronym: string | null, kind: BodyKind }, focalPoints: Array<{ id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipUpdateMutationVariables = Exact<{
  input: MembershipUpdateInput;
}>;


export type MembershipUpdateMutation = { membershipUpdate: { membership: { id: string, role: MembershipRole, status: MembershipStatus, startDate: string | null, endDate: string | null, version: number, createdAt: string, updatedAt: string, viewerCanManage: boolean, viewerCanEditFocalPoints: boolean, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, body: { id: string, name: string, acronym: string | null, kind: BodyKind }, focalPoints: Array<{ id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipSuspendMutationVariables = Exact<{
  input: MembershipTransitionInput;
}>;


export type MembershipSuspendMutation = { membershipSuspend: { membership: { id: string, role: MembershipRole, status: MembershipStatus, startDate: string | null, endDate: string | null, version: number, createdAt: string, updatedAt: string, viewerCanManage: boolean, viewerCanEditFocalPoints: boolean, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, body: { id: string, name: string, acronym: string | null, kind: BodyKind }, focalPoints: Array<{ id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipReinstateMutationVariables = Exact<{
  input: MembershipTransitionInput;
}>;


export type MembershipReinstateMutation = { membershipReinstate: { membership: { id: string, role: MembershipRole, status: MembershipStatus, startDate: string | null, endDate: string | null, version: number, createdAt: string, updatedAt: string, viewerCanManage: boolean, viewerCanEditFocalPoints: boolean, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, body: { id: string, name: string, acronym: string | null, kind: BodyKind }, focalPoints: Array<{ id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipEndMutationVariables = Exact<{
  input: MembershipTransitionInput;
}>;


export type MembershipEndMutation = { membershipEnd: { membership: { id: string, role: MembershipRole, status: MembershipStatus, startDate: string | null, endDate: string | null, version: number, createdAt: string, updatedAt: string, viewerCanManage: boolean, viewerCanEditFocalPoints: boolean, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, body: { id: string, name: string, acronym: string | null, kind: BodyKind }, focalPoints: Array<{ id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type FocalPointAddMutationVariables = Exact<{
  input: FocalPointAddInput;
}>;


export type FocalPointAddMutation = { focalPointAdd: { focalPoint: { id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type FocalPointUpdateMutationVariables = Exact<{
  input: FocalPointUpdateInput;
}>;


export type FocalPointUpdateMutation = { focalPointUpdate: { focalPoint: { id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type FocalPointRemoveMutationVariables = Exact<{
  input: FocalPointRemoveInput;
}>;


export type FocalPointRemoveMutation = { focalPointRemove: { removedFocalPointId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type BodyAuditEventsQueryVariables = Exact<{
  bodyId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BodyAuditEventsQuery = { body: { id: string, name: string, viewerCanReadAuditTrail: boolean, auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, action: string, objectType: string, objectId: string, occurredAt: string, before: unknown, after: unknown, actor: { id: string, name: string } | null, actorOrganisation: { id: string, name: string, acronym: string | null } | null, body: { id: string, name: string } | null }> } | null } | null };

export type AuditEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, action: string, objectType: string, objectId: string, occurredAt: string, before: unknown, after: unknown, actor: { id: string, name: string } | null, actorOrganisation: { id: string, name: string, acronym: string | null } | null, body: { id: string, name: string } | null }> } };

export type BodyReportingSummaryQueryVariables = Exact<{
  bodyId: string;
  year: number;
}>;


export type BodyReportingSummaryQuery = { body: { id: string, name: string, reportingSummary: { year: number, priorities: number, organisationsCommitted: number, reportsAwaitingReview: number, commitmentsByStatus: Array<{ status: CommitmentStatus, count: number }>, latestReportsByStatus: Array<{ status: ReportStatus, count: number }> } | null } | null };

export type PriorityProgressSummaryQueryVariables = Exact<{
  priorityId: string;
}>;


export type PriorityProgressSummaryQuery = { node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Commitment', id: string }
    | { __typename: 'CoordinationBody', id: string }
    | { __typename: 'FocalPoint', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'FrameworkTrack', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Priority', title: string, year: number, id: string, progressSummary: { reportsAwaitingReview: number, indicators: Array<{ target: number | null, committedTarget: number | null, reportedValue: number | null, reportingCommitments: number, indicator: { id: string, version: number, name: string, measure: IndicatorMeasure, direction: IndicatorDirection, baseline: number | null, target: number | null, unitLabel: string | null, position: number, nameTranslations: { en: string | null, ar: string | null } } }>, commitmentsByStatus: Array<{ status: CommitmentStatus, count: number }>, latestReportsByStatus: Array<{ status: ReportStatus, count: number }> } }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'User', id: string }
   | null };

export type MyOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationQuery = { viewer: { id: string, name: string, organisation: { typeCode: number, iatiIdentifier: string | null, id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } } | null } };

export type MyMembershipsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MembershipFilter | null | undefined;
  orderBy?: MembershipOrder | null | undefined;
}>;


export type MyMembershipsQuery = { viewer: { id: string, organisation: { id: string, memberships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, role: MembershipRole, status: MembershipStatus, startDate: string | null, endDate: string | null, version: number, createdAt: string, updatedAt: string, viewerCanManage: boolean, viewerCanEditFocalPoints: boolean, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, body: { id: string, name: string, acronym: string | null, kind: BodyKind }, focalPoints: Array<{ id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null }> }> } } | null } };

export type MyCommitmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CommitmentFilter | null | undefined;
  orderBy?: CommitmentOrder | null | undefined;
}>;


export type MyCommitmentsQuery = { viewer: { id: string, organisation: { id: string, commitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: CommitmentStatus, description: string, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanReport: boolean, descriptionTranslations: { en: string | null, ar: string | null }, organisation: { id: string, name: string, acronym: string | null, type: OrganisationType, nameTranslations: { en: string | null, ar: string | null } }, priority: { id: string, title: string, year: number, workArea: WorkArea, body: { id: string, name: string, acronym: string | null } }, targets: Array<{ target: number | null, note: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }>, latestReport: { id: string, periodStart: string, periodEnd: string, status: ReportStatus, reviewState: ReviewState, version: number, locked: boolean } | null }> } } | null } };

export type BodyPrioritiesQueryVariables = Exact<{
  bodyId: string;
  year?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PriorityOfBodyFilter | null | undefined;
  orderBy?: PriorityOrder | null | undefined;
}>;


export type BodyPrioritiesQuery = { body: { id: string, name: string, viewerCanManagePriorities: boolean, priorities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, year: number, workArea: WorkArea, title: string, description: string | null, archived: boolean, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanCommit: boolean, titleTranslations: { en: string | null, ar: string | null }, body: { id: string, name: string, acronym: string | null }, indicators: Array<{ id: string, version: number, name: string, measure: IndicatorMeasure, direction: IndicatorDirection, baseline: number | null, target: number | null, unitLabel: string | null, position: number, nameTranslations: { en: string | null, ar: string | null } }> }> } } | null };

export type PrioritiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PriorityFilter | null | undefined;
  orderBy?: PriorityOrder | null | undefined;
}>;


export type PrioritiesQuery = { priorities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, year: number, workArea: WorkArea, title: string, description: string | null, archived: boolean, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanCommit: boolean, titleTranslations: { en: string | null, ar: string | null }, body: { id: string, name: string, acronym: string | null }, indicators: Array<{ id: string, version: number, name: string, measure: IndicatorMeasure, direction: IndicatorDirection, baseline: number | null, target: number | null, unitLabel: string | null, position: number, nameTranslations: { en: string | null, ar: string | null } }> }> } };

export type PriorityQueryVariables = Exact<{
  id: string;
}>;


export type PriorityQuery = { node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Commitment', id: string }
    | { __typename: 'CoordinationBody', id: string }
    | { __typename: 'FocalPoint', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'FrameworkTrack', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Priority', id: string, year: number, workArea: WorkArea, title: string, description: string | null, archived: boolean, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanCommit: boolean, titleTranslations: { en: string | null, ar: string | null }, body: { id: string, name: string, acronym: string | null }, indicators: Array<{ id: string, version: number, name: string, measure: IndicatorMeasure, direction: IndicatorDirection, baseline: number | null, target: number | null, unitLabel: string | null, position: number, nameTranslations: { en: string | null, ar: string | null } }> }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'User', id: string }
   | null };

export type PriorityCreateMutationVariables = Exact<{
  input: PriorityCreateInput;
}>;


export type PriorityCreateMutation = { priorityCreate: { priority: { id: string, year: number, workArea: WorkArea, title: string, description: string | null, archived: boolean, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanCommit: boolean, titleTranslations: { en: string | null, ar: string | null }, body: { id: string, name: string, acronym: string | null }, indicators: Array<{ id: string, version: number, name: string, measure: IndicatorMeasure, direction: IndicatorDirection, baseline: number | null, target: number | null, unitLabel: string | null, position: number, nameTranslations: { en: string | null, ar: string | null } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PriorityUpdateMutationVariables = Exact<{
  input: PriorityUpdateInput;
}>;


export type PriorityUpdateMutation = { priorityUpdate: { priority: { id: string, year: number, workArea: WorkArea, title: string, description: string | null, archived: boolean, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanCommit: boolean, titleTranslations: { en: string | null, ar: string | null }, body: { id: string, name: string, acronym: string | null }, indicators: Array<{ id: string, version: number, name: string, measure: IndicatorMeasure, direction: IndicatorDirection, baseline: number | null, target: number | null, unitLabel: string | null, position: number, nameTranslations: { en: string | null, ar: string | null } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PriorityArchiveMutationVariables = Exact<{
  input: PriorityArchiveInput;
}>;


export type PriorityArchiveMutation = { priorityArchive: { priority: { id: string, year: number, workArea: WorkArea, title: string, description: string | null, archived: boolean, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanCommit: boolean, titleTranslations: { en: string | null, ar: string | null }, body: { id: string, name: string, acronym: string | null }, indicators: Array<{ id: string, version: number, name: string, measure: IndicatorMeasure, direction: IndicatorDirection, baseline: number | null, target: number | null, unitLabel: string | null, position: number, nameTranslations: { en: string | null, ar: string | null } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type IndicatorAddMutationVariables = Exact<{
  input: IndicatorAddInput;
}>;


export type IndicatorAddMutation = { indicatorAdd: { indicator: { id: string, version: number, name: string, measure: IndicatorMeasure, direction: IndicatorDirection, baseline: number | null, target: number | null, unitLabel: string | null, position: number, nameTranslations: { en: string | null, ar: string | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type IndicatorUpdateMutationVariables = Exact<{
  input: IndicatorUpdateInput;
}>;


export type IndicatorUpdateMutation = { indicatorUpdate: { indicator: { id: string, version: number, name: string, measure: IndicatorMeasure, direction: IndicatorDirection, baseline: number | null, target: number | null, unitLabel: string | null, position: number, nameTranslations: { en: string | null, ar: string | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PrioritiesCarryForwardMutationVariables = Exact<{
  input: PrioritiesCarryForwardInput;
}>;


export type PrioritiesCarryForwardMutation = { prioritiesCarryForward: { priorities: Array<{ id: string, year: number, workArea: WorkArea, title: string, description: string | null, archived: boolean, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, viewerCanUpdate: boolean, viewerCanCommit: boolean, titleTranslations: { en: string | null, ar: string | null }, body: { id: string, name: string, acronym: string | null }, indicators: Array<{ id: string, version: number, name: string, measure: IndicatorMeasure, direction: IndicatorDirection, baseline: number | null, target: number | null, unitLabel: string | null, position: number, nameTranslations: { en: string | null, ar: string | null } }> }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CommitmentProgressReportsQueryVariables = Exact<{
  commitmentId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: ProgressReportOrder | null | undefined;
}>;


export type CommitmentProgressReportsQuery = { node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Commitment', id: string, progressReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, periodStart: string, periodEnd: string, status: ReportStatus, narrative: string | null, revision: number, version: number, reviewState: ReviewState, reviewerComment: string | null, reviewedAt: string | null, locked: boolean, submittedAt: string, viewerCanCorrect: boolean, viewerCanReview: boolean, viewerCanUnlock: boolean, narrativeTranslations: { en: string | null, ar: string | null } | null, values: Array<{ value: number | null, text: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }> }> } }
    | { __typename: 'CoordinationBody', id: string }
    | { __typename: 'FocalPoint', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'FrameworkTrack', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Priority', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'User', id: string }
   | null };

export type ProgressReportQueryVariables = Exact<{
  id: string;
}>;


export type ProgressReportQuery = { node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Commitment', id: string }
    | { __typename: 'CoordinationBody', id: string }
    | { __typename: 'FocalPoint', id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'FrameworkTrack', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Priority', id: string }
    | { __typename: 'ProgressReport', id: string, periodStart: string, periodEnd: string, status: ReportStatus, narrative: string | null, revision: number, version: number, reviewState: ReviewState, reviewerComment: string | null, reviewedAt: string | null, locked: boolean, submittedAt: string, viewerCanCorrect: boolean, viewerCanReview: boolean, viewerCanUnlock: boolean, commitment: { id: string, organisation: { id: string, name: string }, priority: { id: string, title: string } }, revisions: Array<{ revision: number, submittedAt: string, periodStart: string, periodEnd: string, status: ReportStatus, narrative: string | null, values: Array<{ value: number | null, text: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }> }>, narrativeTranslations: { en: string | null, ar: string | null } | null, values: Array<{ value: number | null, text: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }> }
    | { __typename: 'User', id: string }
   | null };

export type ProgressReportSubmitMutationVariables = Exact<{
  input: ProgressReportSubmitInput;
}>;


export type ProgressReportSubmitMutation = { progressReportSubmit: { progressReport: { id: string, periodStart: string, periodEnd: string, status: ReportStatus, narrative: string | null, revision: number, version: number, reviewState: ReviewState, reviewerComment: string | null, reviewedAt: string | null, locked: boolean, submittedAt: string, viewerCanCorrect: boolean, viewerCanReview: boolean, viewerCanUnlock: boolean, narrativeTranslations: { en: string | null, ar: string | null } | null, values: Array<{ value: number | null, text: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ProgressReportCorrectMutationVariables = Exact<{
  input: ProgressReportCorrectInput;
}>;


export type ProgressReportCorrectMutation = { progressReportCorrect: { progressReport: { id: string, periodStart: string, periodEnd: string, status: ReportStatus, narrative: string | null, revision: number, version: number, reviewState: ReviewState, reviewerComment: string | null, reviewedAt: string | null, locked: boolean, submittedAt: string, viewerCanCorrect: boolean, viewerCanReview: boolean, viewerCanUnlock: boolean, narrativeTranslations: { en: string | null, ar: string | null } | null, values: Array<{ value: number | null, text: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ProgressReportReviewMutationVariables = Exact<{
  input: ProgressReportReviewInput;
}>;


export type ProgressReportReviewMutation = { progressReportReview: { progressReport: { id: string, periodStart: string, periodEnd: string, status: ReportStatus, narrative: string | null, revision: number, version: number, reviewState: ReviewState, reviewerComment: string | null, reviewedAt: string | null, locked: boolean, submittedAt: string, viewerCanCorrect: boolean, viewerCanReview: boolean, viewerCanUnlock: boolean, narrativeTranslations: { en: string | null, ar: string | null } | null, values: Array<{ value: number | null, text: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ProgressReportUnlockMutationVariables = Exact<{
  input: ProgressReportUnlockInput;
}>;


export type ProgressReportUnlockMutation = { progressReportUnlock: { progressReport: { id: string, periodStart: string, periodEnd: string, status: ReportStatus, narrative: string | null, revision: number, version: number, reviewState: ReviewState, reviewerComment: string | null, reviewedAt: string | null, locked: boolean, submittedAt: string, viewerCanCorrect: boolean, viewerCanReview: boolean, viewerCanUnlock: boolean, narrativeTranslations: { en: string | null, ar: string | null } | null, values: Array<{ value: number | null, text: string | null, indicator: { id: string, name: string, measure: IndicatorMeasure } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  code
  field
  message
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const TranslationsFragmentDoc = new TypedDocumentString(`
    fragment Translations on LocalizedTextType {
  en
  ar
}
    `, {"fragmentName":"Translations"}) as unknown as TypedDocumentString<TranslationsFragment, unknown>;
export const BodySummaryFragmentDoc = new TypedDocumentString(`
    fragment BodySummary on CoordinationBody {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  kind
  level
  visibility
  viewerCanSeeDetails
  viewerRole
}
    fragment Translations on LocalizedTextType {
  en
  ar
}`, {"fragmentName":"BodySummary"}) as unknown as TypedDocumentString<BodySummaryFragment, unknown>;
export const OrganisationSummaryFragmentDoc = new TypedDocumentString(`
    fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
    fragment Translations on LocalizedTextType {
  en
  ar
}`, {"fragmentName":"OrganisationSummary"}) as unknown as TypedDocumentString<OrganisationSummaryFragment, unknown>;
export const FocalPointFieldsFragmentDoc = new TypedDocumentString(`
    fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}
    `, {"fragmentName":"FocalPointFields"}) as unknown as TypedDocumentString<FocalPointFieldsFragment, unknown>;
export const MembershipFieldsFragmentDoc = new TypedDocumentString(`
    fragment MembershipFields on Membership {
  id
  role
  status
  startDate
  endDate
  version
  createdAt
  updatedAt
  viewerCanManage
  viewerCanEditFocalPoints
  organisation {
    ...OrganisationSummary
  }
  body {
    id
    name
    acronym
    kind
  }
  focalPoints {
    ...FocalPointFields
  }
}
    fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}`, {"fragmentName":"MembershipFields"}) as unknown as TypedDocumentString<MembershipFieldsFragment, unknown>;
export const IndicatorFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndicatorFields on Indicator {
  id
  version
  name
  nameTranslations {
    ...Translations
  }
  measure
  direction
  baseline
  target
  unitLabel
  position
}
    fragment Translations on LocalizedTextType {
  en
  ar
}`, {"fragmentName":"IndicatorFields"}) as unknown as TypedDocumentString<IndicatorFieldsFragment, unknown>;
export const PriorityFieldsFragmentDoc = new TypedDocumentString(`
    fragment PriorityFields on Priority {
  id
  year
  workArea
  title
  titleTranslations {
    ...Translations
  }
  description
  archived
  archivedAt
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanCommit
  body {
    id
    name
    acronym
  }
  indicators {
    ...IndicatorFields
  }
}
    fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorFields on Indicator {
  id
  version
  name
  nameTranslations {
    ...Translations
  }
  measure
  direction
  baseline
  target
  unitLabel
  position
}`, {"fragmentName":"PriorityFields"}) as unknown as TypedDocumentString<PriorityFieldsFragment, unknown>;
export const IndicatorValueFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndicatorValueFields on IndicatorValue {
  value
  text
  indicator {
    id
    name
    measure
  }
}
    `, {"fragmentName":"IndicatorValueFields"}) as unknown as TypedDocumentString<IndicatorValueFieldsFragment, unknown>;
export const ProgressReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProgressReportFields on ProgressReport {
  id
  periodStart
  periodEnd
  status
  narrative
  narrativeTranslations {
    ...Translations
  }
  values {
    ...IndicatorValueFields
  }
  revision
  version
  reviewState
  reviewerComment
  reviewedAt
  locked
  submittedAt
  viewerCanCorrect
  viewerCanReview
  viewerCanUnlock
}
    fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorValueFields on IndicatorValue {
  value
  text
  indicator {
    id
    name
    measure
  }
}`, {"fragmentName":"ProgressReportFields"}) as unknown as TypedDocumentString<ProgressReportFieldsFragment, unknown>;
export const CommitmentTargetFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommitmentTargetFields on CommitmentTarget {
  target
  note
  indicator {
    id
    name
    measure
  }
}
    `, {"fragmentName":"CommitmentTargetFields"}) as unknown as TypedDocumentString<CommitmentTargetFieldsFragment, unknown>;
export const CommitmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommitmentFields on Commitment {
  id
  status
  description
  descriptionTranslations {
    ...Translations
  }
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanReport
  organisation {
    ...OrganisationSummary
  }
  priority {
    id
    title
    year
    workArea
    body {
      id
      name
      acronym
    }
  }
  targets {
    ...CommitmentTargetFields
  }
  latestReport {
    id
    periodStart
    periodEnd
    status
    reviewState
    version
    locked
  }
}
    fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment CommitmentTargetFields on CommitmentTarget {
  target
  note
  indicator {
    id
    name
    measure
  }
}`, {"fragmentName":"CommitmentFields"}) as unknown as TypedDocumentString<CommitmentFieldsFragment, unknown>;
export const AuditEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEventFields on AuditEvent {
  id
  action
  objectType
  objectId
  occurredAt
  before
  after
  actor {
    id
    name
  }
  actorOrganisation {
    id
    name
    acronym
  }
  body {
    id
    name
  }
}
    `, {"fragmentName":"AuditEventFields"}) as unknown as TypedDocumentString<AuditEventFieldsFragment, unknown>;
export const StatusCountsFragmentDoc = new TypedDocumentString(`
    fragment StatusCounts on PriorityProgressSummary {
  commitmentsByStatus {
    status
    count
  }
  latestReportsByStatus {
    status
    count
  }
  reportsAwaitingReview
}
    `, {"fragmentName":"StatusCounts"}) as unknown as TypedDocumentString<StatusCountsFragment, unknown>;
export const CommitmentsDocument = new TypedDocumentString(`
    query Commitments($first: Int, $after: String, $filter: CommitmentFilter, $orderBy: CommitmentOrder) {
  commitments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...CommitmentFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment CommitmentTargetFields on CommitmentTarget {
  target
  note
  indicator {
    id
    name
    measure
  }
}
fragment CommitmentFields on Commitment {
  id
  status
  description
  descriptionTranslations {
    ...Translations
  }
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanReport
  organisation {
    ...OrganisationSummary
  }
  priority {
    id
    title
    year
    workArea
    body {
      id
      name
      acronym
    }
  }
  targets {
    ...CommitmentTargetFields
  }
  latestReport {
    id
    periodStart
    periodEnd
    status
    reviewState
    version
    locked
  }
}`) as unknown as TypedDocumentString<CommitmentsQuery, CommitmentsQueryVariables>;
export const CommitmentDocument = new TypedDocumentString(`
    query Commitment($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Commitment {
      ...CommitmentFields
    }
  }
}
    fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment CommitmentTargetFields on CommitmentTarget {
  target
  note
  indicator {
    id
    name
    measure
  }
}
fragment CommitmentFields on Commitment {
  id
  status
  description
  descriptionTranslations {
    ...Translations
  }
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanReport
  organisation {
    ...OrganisationSummary
  }
  priority {
    id
    title
    year
    workArea
    body {
      id
      name
      acronym
    }
  }
  targets {
    ...CommitmentTargetFields
  }
  latestReport {
    id
    periodStart
    periodEnd
    status
    reviewState
    version
    locked
  }
}`) as unknown as TypedDocumentString<CommitmentQuery, CommitmentQueryVariables>;
export const CommitmentCreateDocument = new TypedDocumentString(`
    mutation CommitmentCreate($input: CommitmentCreateInput!) {
  commitmentCreate(input: $input) {
    commitment {
      ...CommitmentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment CommitmentTargetFields on CommitmentTarget {
  target
  note
  indicator {
    id
    name
    measure
  }
}
fragment CommitmentFields on Commitment {
  id
  status
  description
  descriptionTranslations {
    ...Translations
  }
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanReport
  organisation {
    ...OrganisationSummary
  }
  priority {
    id
    title
    year
    workArea
    body {
      id
      name
      acronym
    }
  }
  targets {
    ...CommitmentTargetFields
  }
  latestReport {
    id
    periodStart
    periodEnd
    status
    reviewState
    version
    locked
  }
}`) as unknown as TypedDocumentString<CommitmentCreateMutation, CommitmentCreateMutationVariables>;
export const CommitmentUpdateDocument = new TypedDocumentString(`
    mutation CommitmentUpdate($input: CommitmentUpdateInput!) {
  commitmentUpdate(input: $input) {
    commitment {
      ...CommitmentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment CommitmentTargetFields on CommitmentTarget {
  target
  note
  indicator {
    id
    name
    measure
  }
}
fragment CommitmentFields on Commitment {
  id
  status
  description
  descriptionTranslations {
    ...Translations
  }
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanReport
  organisation {
    ...OrganisationSummary
  }
  priority {
    id
    title
    year
    workArea
    body {
      id
      name
      acronym
    }
  }
  targets {
    ...CommitmentTargetFields
  }
  latestReport {
    id
    periodStart
    periodEnd
    status
    reviewState
    version
    locked
  }
}`) as unknown as TypedDocumentString<CommitmentUpdateMutation, CommitmentUpdateMutationVariables>;
export const CommitmentWithdrawDocument = new TypedDocumentString(`
    mutation CommitmentWithdraw($input: CommitmentWithdrawInput!) {
  commitmentWithdraw(input: $input) {
    commitment {
      ...CommitmentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment CommitmentTargetFields on CommitmentTarget {
  target
  note
  indicator {
    id
    name
    measure
  }
}
fragment CommitmentFields on Commitment {
  id
  status
  description
  descriptionTranslations {
    ...Translations
  }
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanReport
  organisation {
    ...OrganisationSummary
  }
  priority {
    id
    title
    year
    workArea
    body {
      id
      name
      acronym
    }
  }
  targets {
    ...CommitmentTargetFields
  }
  latestReport {
    id
    periodStart
    periodEnd
    status
    reviewState
    version
    locked
  }
}`) as unknown as TypedDocumentString<CommitmentWithdrawMutation, CommitmentWithdrawMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    name
    email
    platformRole
    organisation {
      ...OrganisationSummary
    }
    roles {
      id
      role
      status
      body {
        ...BodySummary
      }
    }
  }
}
    fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment BodySummary on CoordinationBody {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  kind
  level
  visibility
  viewerCanSeeDetails
  viewerRole
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const BodiesDocument = new TypedDocumentString(`
    query Bodies($first: Int, $after: String, $filter: BodyFilter, $orderBy: BodyOrder) {
  bodies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...BodySummary
      framework {
        id
        code
        name
      }
      parent {
        id
        name
      }
      leads {
        id
        role
        organisation {
          id
          name
          acronym
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment BodySummary on CoordinationBody {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  kind
  level
  visibility
  viewerCanSeeDetails
  viewerRole
}`) as unknown as TypedDocumentString<BodiesQuery, BodiesQueryVariables>;
export const BodyDocument = new TypedDocumentString(`
    query Body($id: ID!) {
  body(id: $id) {
    ...BodySummary
    description
    descriptionTranslations {
      ...Translations
    }
    workAreas
    createdAt
    framework {
      id
      code
      name
    }
    parent {
      id
      name
      kind
    }
    relatedBodies {
      id
      name
      kind
    }
    leads {
      ...MembershipFields
    }
    viewerCanCommit
    viewerCanManageMembers
    viewerCanManagePriorities
    viewerCanReadAuditTrail
    viewerCanRequestMembership
    viewerCanReview
  }
}
    fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment BodySummary on CoordinationBody {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  kind
  level
  visibility
  viewerCanSeeDetails
  viewerRole
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}
fragment MembershipFields on Membership {
  id
  role
  status
  startDate
  endDate
  version
  createdAt
  updatedAt
  viewerCanManage
  viewerCanEditFocalPoints
  organisation {
    ...OrganisationSummary
  }
  body {
    id
    name
    acronym
    kind
  }
  focalPoints {
    ...FocalPointFields
  }
}`) as unknown as TypedDocumentString<BodyQuery, BodyQueryVariables>;
export const FrameworksDocument = new TypedDocumentString(`
    query Frameworks($first: Int, $after: String) {
  frameworks(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      id
      code
      name
      nameTranslations {
        ...Translations
      }
      description
      tracks {
        id
        code
        name
        position
      }
      bodies(first: 100) {
        totalCount
        nodes {
          id
          name
          acronym
          kind
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Translations on LocalizedTextType {
  en
  ar
}`) as unknown as TypedDocumentString<FrameworksQuery, FrameworksQueryVariables>;
export const OrganisationsDocument = new TypedDocumentString(`
    query Organisations($first: Int, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrder) {
  organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...OrganisationSummary
      typeCode
      iatiIdentifier
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}`) as unknown as TypedDocumentString<OrganisationsQuery, OrganisationsQueryVariables>;
export const OrganisationDocument = new TypedDocumentString(`
    query Organisation($id: ID!, $membershipsFirst: Int = 100) {
  organisation(id: $id) {
    ...OrganisationSummary
    typeCode
    iatiIdentifier
    createdAt
    memberships(first: $membershipsFirst) {
      totalCount
      nodes {
        id
        role
        status
        startDate
        body {
          ...BodySummary
        }
      }
    }
  }
}
    fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment BodySummary on CoordinationBody {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  kind
  level
  visibility
  viewerCanSeeDetails
  viewerRole
}`) as unknown as TypedDocumentString<OrganisationQuery, OrganisationQueryVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on CoordinationBody {
      name
      kind
    }
    ... on Organisation {
      name
      acronym
    }
    ... on Framework {
      code
      name
    }
    ... on FrameworkTrack {
      code
      name
    }
    ... on Membership {
      role
      status
      organisation {
        id
        name
      }
      body {
        id
        name
      }
    }
    ... on FocalPoint {
      name
    }
    ... on Priority {
      title
      year
    }
    ... on Indicator {
      name
      measure
    }
    ... on Commitment {
      description
      commitmentStatus: status
    }
    ... on ProgressReport {
      periodStart
      periodEnd
      reportStatus: status
      reviewState
    }
    ... on User {
      name
    }
    ... on AuditEvent {
      action
      occurredAt
    }
  }
}
    `) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const NodesDocument = new TypedDocumentString(`
    query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on CoordinationBody {
      name
      kind
    }
    ... on Organisation {
      name
      acronym
    }
    ... on Membership {
      role
      status
    }
    ... on Priority {
      title
      year
    }
    ... on Commitment {
      description
      commitmentStatus: status
    }
    ... on ProgressReport {
      periodStart
      periodEnd
      reviewState
    }
  }
}
    `) as unknown as TypedDocumentString<NodesQuery, NodesQueryVariables>;
export const BodyMembershipsDocument = new TypedDocumentString(`
    query BodyMemberships($bodyId: ID!, $first: Int, $after: String, $filter: MembershipFilter, $orderBy: MembershipOrder) {
  body(id: $bodyId) {
    id
    name
    viewerCanManageMembers
    memberships(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...MembershipFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}
fragment MembershipFields on Membership {
  id
  role
  status
  startDate
  endDate
  version
  createdAt
  updatedAt
  viewerCanManage
  viewerCanEditFocalPoints
  organisation {
    ...OrganisationSummary
  }
  body {
    id
    name
    acronym
    kind
  }
  focalPoints {
    ...FocalPointFields
  }
}`) as unknown as TypedDocumentString<BodyMembershipsQuery, BodyMembershipsQueryVariables>;
export const MembershipCreateDocument = new TypedDocumentString(`
    mutation MembershipCreate($input: MembershipCreateInput!) {
  membershipCreate(input: $input) {
    membership {
      ...MembershipFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}
fragment MembershipFields on Membership {
  id
  role
  status
  startDate
  endDate
  version
  createdAt
  updatedAt
  viewerCanManage
  viewerCanEditFocalPoints
  organisation {
    ...OrganisationSummary
  }
  body {
    id
    name
    acronym
    kind
  }
  focalPoints {
    ...FocalPointFields
  }
}`) as unknown as TypedDocumentString<MembershipCreateMutation, MembershipCreateMutationVariables>;
export const MembershipRequestDocument = new TypedDocumentString(`
    mutation MembershipRequest($input: MembershipRequestInput!) {
  membershipRequest(input: $input) {
    membership {
      ...MembershipFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}
fragment MembershipFields on Membership {
  id
  role
  status
  startDate
  endDate
  version
  createdAt
  updatedAt
  viewerCanManage
  viewerCanEditFocalPoints
  organisation {
    ...OrganisationSummary
  }
  body {
    id
    name
    acronym
    kind
  }
  focalPoints {
    ...FocalPointFields
  }
}`) as unknown as TypedDocumentString<MembershipRequestMutation, MembershipRequestMutationVariables>;
export const MembershipApproveDocument = new TypedDocumentString(`
    mutation MembershipApprove($input: MembershipTransitionInput!) {
  membershipApprove(input: $input) {
    membership {
      ...MembershipFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}
fragment MembershipFields on Membership {
  id
  role
  status
  startDate
  endDate
  version
  createdAt
  updatedAt
  viewerCanManage
  viewerCanEditFocalPoints
  organisation {
    ...OrganisationSummary
  }
  body {
    id
    name
    acronym
    kind
  }
  focalPoints {
    ...FocalPointFields
  }
}`) as unknown as TypedDocumentString<MembershipApproveMutation, MembershipApproveMutationVariables>;
export const MembershipDeclineDocument = new TypedDocumentString(`
    mutation MembershipDecline($input: MembershipTransitionInput!) {
  membershipDecline(input: $input) {
    membership {
      ...MembershipFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}
fragment MembershipFields on Membership {
  id
  role
  status
  startDate
  endDate
  version
  createdAt
  updatedAt
  viewerCanManage
  viewerCanEditFocalPoints
  organisation {
    ...OrganisationSummary
  }
  body {
    id
    name
    acronym
    kind
  }
  focalPoints {
    ...FocalPointFields
  }
}`) as unknown as TypedDocumentString<MembershipDeclineMutation, MembershipDeclineMutationVariables>;
export const MembershipUpdateDocument = new TypedDocumentString(`
    mutation MembershipUpdate($input: MembershipUpdateInput!) {
  membershipUpdate(input: $input) {
    membership {
      ...MembershipFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}
fragment MembershipFields on Membership {
  id
  role
  status
  startDate
  endDate
  version
  createdAt
  updatedAt
  viewerCanManage
  viewerCanEditFocalPoints
  organisation {
    ...OrganisationSummary
  }
  body {
    id
    name
    acronym
    kind
  }
  focalPoints {
    ...FocalPointFields
  }
}`) as unknown as TypedDocumentString<MembershipUpdateMutation, MembershipUpdateMutationVariables>;
export const MembershipSuspendDocument = new TypedDocumentString(`
    mutation MembershipSuspend($input: MembershipTransitionInput!) {
  membershipSuspend(input: $input) {
    membership {
      ...MembershipFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}
fragment MembershipFields on Membership {
  id
  role
  status
  startDate
  endDate
  version
  createdAt
  updatedAt
  viewerCanManage
  viewerCanEditFocalPoints
  organisation {
    ...OrganisationSummary
  }
  body {
    id
    name
    acronym
    kind
  }
  focalPoints {
    ...FocalPointFields
  }
}`) as unknown as TypedDocumentString<MembershipSuspendMutation, MembershipSuspendMutationVariables>;
export const MembershipReinstateDocument = new TypedDocumentString(`
    mutation MembershipReinstate($input: MembershipTransitionInput!) {
  membershipReinstate(input: $input) {
    membership {
      ...MembershipFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}
fragment MembershipFields on Membership {
  id
  role
  status
  startDate
  endDate
  version
  createdAt
  updatedAt
  viewerCanManage
  viewerCanEditFocalPoints
  organisation {
    ...OrganisationSummary
  }
  body {
    id
    name
    acronym
    kind
  }
  focalPoints {
    ...FocalPointFields
  }
}`) as unknown as TypedDocumentString<MembershipReinstateMutation, MembershipReinstateMutationVariables>;
export const MembershipEndDocument = new TypedDocumentString(`
    mutation MembershipEnd($input: MembershipTransitionInput!) {
  membershipEnd(input: $input) {
    membership {
      ...MembershipFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}
fragment MembershipFields on Membership {
  id
  role
  status
  startDate
  endDate
  version
  createdAt
  updatedAt
  viewerCanManage
  viewerCanEditFocalPoints
  organisation {
    ...OrganisationSummary
  }
  body {
    id
    name
    acronym
    kind
  }
  focalPoints {
    ...FocalPointFields
  }
}`) as unknown as TypedDocumentString<MembershipEndMutation, MembershipEndMutationVariables>;
export const FocalPointAddDocument = new TypedDocumentString(`
    mutation FocalPointAdd($input: FocalPointAddInput!) {
  focalPointAdd(input: $input) {
    focalPoint {
      ...FocalPointFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}`) as unknown as TypedDocumentString<FocalPointAddMutation, FocalPointAddMutationVariables>;
export const FocalPointUpdateDocument = new TypedDocumentString(`
    mutation FocalPointUpdate($input: FocalPointUpdateInput!) {
  focalPointUpdate(input: $input) {
    focalPoint {
      ...FocalPointFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}`) as unknown as TypedDocumentString<FocalPointUpdateMutation, FocalPointUpdateMutationVariables>;
export const FocalPointRemoveDocument = new TypedDocumentString(`
    mutation FocalPointRemove($input: FocalPointRemoveInput!) {
  focalPointRemove(input: $input) {
    removedFocalPointId
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<FocalPointRemoveMutation, FocalPointRemoveMutationVariables>;
export const BodyAuditEventsDocument = new TypedDocumentString(`
    query BodyAuditEvents($bodyId: ID!, $first: Int, $after: String) {
  body(id: $bodyId) {
    id
    name
    viewerCanReadAuditTrail
    auditEvents(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...AuditEventFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment AuditEventFields on AuditEvent {
  id
  action
  objectType
  objectId
  occurredAt
  before
  after
  actor {
    id
    name
  }
  actorOrganisation {
    id
    name
    acronym
  }
  body {
    id
    name
  }
}`) as unknown as TypedDocumentString<BodyAuditEventsQuery, BodyAuditEventsQueryVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($first: Int, $after: String, $filter: AuditEventFilter) {
  auditEvents(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...AuditEventFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment AuditEventFields on AuditEvent {
  id
  action
  objectType
  objectId
  occurredAt
  before
  after
  actor {
    id
    name
  }
  actorOrganisation {
    id
    name
    acronym
  }
  body {
    id
    name
  }
}`) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const BodyReportingSummaryDocument = new TypedDocumentString(`
    query BodyReportingSummary($bodyId: ID!, $year: Int!) {
  body(id: $bodyId) {
    id
    name
    reportingSummary(year: $year) {
      year
      priorities
      organisationsCommitted
      reportsAwaitingReview
      commitmentsByStatus {
        status
        count
      }
      latestReportsByStatus {
        status
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BodyReportingSummaryQuery, BodyReportingSummaryQueryVariables>;
export const PriorityProgressSummaryDocument = new TypedDocumentString(`
    query PriorityProgressSummary($priorityId: ID!) {
  node(id: $priorityId) {
    __typename
    id
    ... on Priority {
      title
      year
      progressSummary {
        ...StatusCounts
        indicators {
          target
          committedTarget
          reportedValue
          reportingCommitments
          indicator {
            ...IndicatorFields
          }
        }
      }
    }
  }
}
    fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorFields on Indicator {
  id
  version
  name
  nameTranslations {
    ...Translations
  }
  measure
  direction
  baseline
  target
  unitLabel
  position
}
fragment StatusCounts on PriorityProgressSummary {
  commitmentsByStatus {
    status
    count
  }
  latestReportsByStatus {
    status
    count
  }
  reportsAwaitingReview
}`) as unknown as TypedDocumentString<PriorityProgressSummaryQuery, PriorityProgressSummaryQueryVariables>;
export const MyOrganisationDocument = new TypedDocumentString(`
    query MyOrganisation {
  viewer {
    id
    name
    organisation {
      ...OrganisationSummary
      typeCode
      iatiIdentifier
    }
  }
}
    fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}`) as unknown as TypedDocumentString<MyOrganisationQuery, MyOrganisationQueryVariables>;
export const MyMembershipsDocument = new TypedDocumentString(`
    query MyMemberships($first: Int, $after: String, $filter: MembershipFilter, $orderBy: MembershipOrder) {
  viewer {
    id
    organisation {
      id
      memberships(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        nodes {
          ...MembershipFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment FocalPointFields on FocalPoint {
  id
  version
  name
  title
  email
  phone
}
fragment MembershipFields on Membership {
  id
  role
  status
  startDate
  endDate
  version
  createdAt
  updatedAt
  viewerCanManage
  viewerCanEditFocalPoints
  organisation {
    ...OrganisationSummary
  }
  body {
    id
    name
    acronym
    kind
  }
  focalPoints {
    ...FocalPointFields
  }
}`) as unknown as TypedDocumentString<MyMembershipsQuery, MyMembershipsQueryVariables>;
export const MyCommitmentsDocument = new TypedDocumentString(`
    query MyCommitments($first: Int, $after: String, $filter: CommitmentFilter, $orderBy: CommitmentOrder) {
  viewer {
    id
    organisation {
      id
      commitments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        nodes {
          ...CommitmentFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment OrganisationSummary on Organisation {
  id
  name
  nameTranslations {
    ...Translations
  }
  acronym
  type
}
fragment CommitmentTargetFields on CommitmentTarget {
  target
  note
  indicator {
    id
    name
    measure
  }
}
fragment CommitmentFields on Commitment {
  id
  status
  description
  descriptionTranslations {
    ...Translations
  }
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanReport
  organisation {
    ...OrganisationSummary
  }
  priority {
    id
    title
    year
    workArea
    body {
      id
      name
      acronym
    }
  }
  targets {
    ...CommitmentTargetFields
  }
  latestReport {
    id
    periodStart
    periodEnd
    status
    reviewState
    version
    locked
  }
}`) as unknown as TypedDocumentString<MyCommitmentsQuery, MyCommitmentsQueryVariables>;
export const BodyPrioritiesDocument = new TypedDocumentString(`
    query BodyPriorities($bodyId: ID!, $year: Int, $first: Int, $after: String, $filter: PriorityOfBodyFilter, $orderBy: PriorityOrder) {
  body(id: $bodyId) {
    id
    name
    viewerCanManagePriorities
    priorities(
      year: $year
      first: $first
      after: $after
      filter: $filter
      orderBy: $orderBy
    ) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...PriorityFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorFields on Indicator {
  id
  version
  name
  nameTranslations {
    ...Translations
  }
  measure
  direction
  baseline
  target
  unitLabel
  position
}
fragment PriorityFields on Priority {
  id
  year
  workArea
  title
  titleTranslations {
    ...Translations
  }
  description
  archived
  archivedAt
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanCommit
  body {
    id
    name
    acronym
  }
  indicators {
    ...IndicatorFields
  }
}`) as unknown as TypedDocumentString<BodyPrioritiesQuery, BodyPrioritiesQueryVariables>;
export const PrioritiesDocument = new TypedDocumentString(`
    query Priorities($first: Int, $after: String, $filter: PriorityFilter, $orderBy: PriorityOrder) {
  priorities(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...PriorityFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorFields on Indicator {
  id
  version
  name
  nameTranslations {
    ...Translations
  }
  measure
  direction
  baseline
  target
  unitLabel
  position
}
fragment PriorityFields on Priority {
  id
  year
  workArea
  title
  titleTranslations {
    ...Translations
  }
  description
  archived
  archivedAt
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanCommit
  body {
    id
    name
    acronym
  }
  indicators {
    ...IndicatorFields
  }
}`) as unknown as TypedDocumentString<PrioritiesQuery, PrioritiesQueryVariables>;
export const PriorityDocument = new TypedDocumentString(`
    query Priority($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Priority {
      ...PriorityFields
    }
  }
}
    fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorFields on Indicator {
  id
  version
  name
  nameTranslations {
    ...Translations
  }
  measure
  direction
  baseline
  target
  unitLabel
  position
}
fragment PriorityFields on Priority {
  id
  year
  workArea
  title
  titleTranslations {
    ...Translations
  }
  description
  archived
  archivedAt
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanCommit
  body {
    id
    name
    acronym
  }
  indicators {
    ...IndicatorFields
  }
}`) as unknown as TypedDocumentString<PriorityQuery, PriorityQueryVariables>;
export const PriorityCreateDocument = new TypedDocumentString(`
    mutation PriorityCreate($input: PriorityCreateInput!) {
  priorityCreate(input: $input) {
    priority {
      ...PriorityFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorFields on Indicator {
  id
  version
  name
  nameTranslations {
    ...Translations
  }
  measure
  direction
  baseline
  target
  unitLabel
  position
}
fragment PriorityFields on Priority {
  id
  year
  workArea
  title
  titleTranslations {
    ...Translations
  }
  description
  archived
  archivedAt
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanCommit
  body {
    id
    name
    acronym
  }
  indicators {
    ...IndicatorFields
  }
}`) as unknown as TypedDocumentString<PriorityCreateMutation, PriorityCreateMutationVariables>;
export const PriorityUpdateDocument = new TypedDocumentString(`
    mutation PriorityUpdate($input: PriorityUpdateInput!) {
  priorityUpdate(input: $input) {
    priority {
      ...PriorityFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorFields on Indicator {
  id
  version
  name
  nameTranslations {
    ...Translations
  }
  measure
  direction
  baseline
  target
  unitLabel
  position
}
fragment PriorityFields on Priority {
  id
  year
  workArea
  title
  titleTranslations {
    ...Translations
  }
  description
  archived
  archivedAt
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanCommit
  body {
    id
    name
    acronym
  }
  indicators {
    ...IndicatorFields
  }
}`) as unknown as TypedDocumentString<PriorityUpdateMutation, PriorityUpdateMutationVariables>;
export const PriorityArchiveDocument = new TypedDocumentString(`
    mutation PriorityArchive($input: PriorityArchiveInput!) {
  priorityArchive(input: $input) {
    priority {
      ...PriorityFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorFields on Indicator {
  id
  version
  name
  nameTranslations {
    ...Translations
  }
  measure
  direction
  baseline
  target
  unitLabel
  position
}
fragment PriorityFields on Priority {
  id
  year
  workArea
  title
  titleTranslations {
    ...Translations
  }
  description
  archived
  archivedAt
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanCommit
  body {
    id
    name
    acronym
  }
  indicators {
    ...IndicatorFields
  }
}`) as unknown as TypedDocumentString<PriorityArchiveMutation, PriorityArchiveMutationVariables>;
export const IndicatorAddDocument = new TypedDocumentString(`
    mutation IndicatorAdd($input: IndicatorAddInput!) {
  indicatorAdd(input: $input) {
    indicator {
      ...IndicatorFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorFields on Indicator {
  id
  version
  name
  nameTranslations {
    ...Translations
  }
  measure
  direction
  baseline
  target
  unitLabel
  position
}`) as unknown as TypedDocumentString<IndicatorAddMutation, IndicatorAddMutationVariables>;
export const IndicatorUpdateDocument = new TypedDocumentString(`
    mutation IndicatorUpdate($input: IndicatorUpdateInput!) {
  indicatorUpdate(input: $input) {
    indicator {
      ...IndicatorFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorFields on Indicator {
  id
  version
  name
  nameTranslations {
    ...Translations
  }
  measure
  direction
  baseline
  target
  unitLabel
  position
}`) as unknown as TypedDocumentString<IndicatorUpdateMutation, IndicatorUpdateMutationVariables>;
export const PrioritiesCarryForwardDocument = new TypedDocumentString(`
    mutation PrioritiesCarryForward($input: PrioritiesCarryForwardInput!) {
  prioritiesCarryForward(input: $input) {
    priorities {
      ...PriorityFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorFields on Indicator {
  id
  version
  name
  nameTranslations {
    ...Translations
  }
  measure
  direction
  baseline
  target
  unitLabel
  position
}
fragment PriorityFields on Priority {
  id
  year
  workArea
  title
  titleTranslations {
    ...Translations
  }
  description
  archived
  archivedAt
  version
  createdAt
  updatedAt
  viewerCanUpdate
  viewerCanCommit
  body {
    id
    name
    acronym
  }
  indicators {
    ...IndicatorFields
  }
}`) as unknown as TypedDocumentString<PrioritiesCarryForwardMutation, PrioritiesCarryForwardMutationVariables>;
export const CommitmentProgressReportsDocument = new TypedDocumentString(`
    query CommitmentProgressReports($commitmentId: ID!, $first: Int, $after: String, $orderBy: ProgressReportOrder) {
  node(id: $commitmentId) {
    __typename
    id
    ... on Commitment {
      progressReports(first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        nodes {
          ...ProgressReportFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorValueFields on IndicatorValue {
  value
  text
  indicator {
    id
    name
    measure
  }
}
fragment ProgressReportFields on ProgressReport {
  id
  periodStart
  periodEnd
  status
  narrative
  narrativeTranslations {
    ...Translations
  }
  values {
    ...IndicatorValueFields
  }
  revision
  version
  reviewState
  reviewerComment
  reviewedAt
  locked
  submittedAt
  viewerCanCorrect
  viewerCanReview
  viewerCanUnlock
}`) as unknown as TypedDocumentString<CommitmentProgressReportsQuery, CommitmentProgressReportsQueryVariables>;
export const ProgressReportDocument = new TypedDocumentString(`
    query ProgressReport($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on ProgressReport {
      ...ProgressReportFields
      commitment {
        id
        organisation {
          id
          name
        }
        priority {
          id
          title
        }
      }
      revisions {
        revision
        submittedAt
        periodStart
        periodEnd
        status
        narrative
        values {
          ...IndicatorValueFields
        }
      }
    }
  }
}
    fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorValueFields on IndicatorValue {
  value
  text
  indicator {
    id
    name
    measure
  }
}
fragment ProgressReportFields on ProgressReport {
  id
  periodStart
  periodEnd
  status
  narrative
  narrativeTranslations {
    ...Translations
  }
  values {
    ...IndicatorValueFields
  }
  revision
  version
  reviewState
  reviewerComment
  reviewedAt
  locked
  submittedAt
  viewerCanCorrect
  viewerCanReview
  viewerCanUnlock
}`) as unknown as TypedDocumentString<ProgressReportQuery, ProgressReportQueryVariables>;
export const ProgressReportSubmitDocument = new TypedDocumentString(`
    mutation ProgressReportSubmit($input: ProgressReportSubmitInput!) {
  progressReportSubmit(input: $input) {
    progressReport {
      ...ProgressReportFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorValueFields on IndicatorValue {
  value
  text
  indicator {
    id
    name
    measure
  }
}
fragment ProgressReportFields on ProgressReport {
  id
  periodStart
  periodEnd
  status
  narrative
  narrativeTranslations {
    ...Translations
  }
  values {
    ...IndicatorValueFields
  }
  revision
  version
  reviewState
  reviewerComment
  reviewedAt
  locked
  submittedAt
  viewerCanCorrect
  viewerCanReview
  viewerCanUnlock
}`) as unknown as TypedDocumentString<ProgressReportSubmitMutation, ProgressReportSubmitMutationVariables>;
export const ProgressReportCorrectDocument = new TypedDocumentString(`
    mutation ProgressReportCorrect($input: ProgressReportCorrectInput!) {
  progressReportCorrect(input: $input) {
    progressReport {
      ...ProgressReportFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorValueFields on IndicatorValue {
  value
  text
  indicator {
    id
    name
    measure
  }
}
fragment ProgressReportFields on ProgressReport {
  id
  periodStart
  periodEnd
  status
  narrative
  narrativeTranslations {
    ...Translations
  }
  values {
    ...IndicatorValueFields
  }
  revision
  version
  reviewState
  reviewerComment
  reviewedAt
  locked
  submittedAt
  viewerCanCorrect
  viewerCanReview
  viewerCanUnlock
}`) as unknown as TypedDocumentString<ProgressReportCorrectMutation, ProgressReportCorrectMutationVariables>;
export const ProgressReportReviewDocument = new TypedDocumentString(`
    mutation ProgressReportReview($input: ProgressReportReviewInput!) {
  progressReportReview(input: $input) {
    progressReport {
      ...ProgressReportFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorValueFields on IndicatorValue {
  value
  text
  indicator {
    id
    name
    measure
  }
}
fragment ProgressReportFields on ProgressReport {
  id
  periodStart
  periodEnd
  status
  narrative
  narrativeTranslations {
    ...Translations
  }
  values {
    ...IndicatorValueFields
  }
  revision
  version
  reviewState
  reviewerComment
  reviewedAt
  locked
  submittedAt
  viewerCanCorrect
  viewerCanReview
  viewerCanUnlock
}`) as unknown as TypedDocumentString<ProgressReportReviewMutation, ProgressReportReviewMutationVariables>;
export const ProgressReportUnlockDocument = new TypedDocumentString(`
    mutation ProgressReportUnlock($input: ProgressReportUnlockInput!) {
  progressReportUnlock(input: $input) {
    progressReport {
      ...ProgressReportFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment Translations on LocalizedTextType {
  en
  ar
}
fragment IndicatorValueFields on IndicatorValue {
  value
  text
  indicator {
    id
    name
    measure
  }
}
fragment ProgressReportFields on ProgressReport {
  id
  periodStart
  periodEnd
  status
  narrative
  narrativeTranslations {
    ...Translations
  }
  values {
    ...IndicatorValueFields
  }
  revision
  version
  reviewState
  reviewerComment
  reviewedAt
  locked
  submittedAt
  viewerCanCorrect
  viewerCanReview
  viewerCanUnlock
}`) as unknown as TypedDocumentString<ProgressReportUnlockMutation, ProgressReportUnlockMutationVariables>;