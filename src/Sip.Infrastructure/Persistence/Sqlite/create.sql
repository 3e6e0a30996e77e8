CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AuditEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY,
    "OccurredAt" INTEGER NOT NULL,
    "UserId" TEXT NULL,
    "UnitId" TEXT NULL,
    "PlanId" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Origin" TEXT NULL
);

CREATE TABLE "CountyPolicies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CountyPolicies" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "InvitationResponseWorkingDays" INTEGER NOT NULL,
    "DaysToFirstMeeting" INTEGER NOT NULL,
    "ActionAcceptanceWorkingDays" INTEGER NOT NULL,
    "FollowUpIntervalDays" INTEGER NOT NULL,
    "SipMeetingDaysAfterPlacement" INTEGER NOT NULL,
    "CostAllocationWorkingDaysAfterAcutePlacement" INTEGER NOT NULL,
    "ReminderDaysAfterDeadline" TEXT NOT NULL
);

CREATE TABLE "Organizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organizations" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "OrganizationNumber" TEXT NULL,
    "ContractingPrincipalId" TEXT NULL
);

CREATE TABLE "Plans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Plans" PRIMARY KEY,
    "ReferenceNumber" TEXT NOT NULL,
    "PersonIdentityNumber" TEXT NOT NULL,
    "PersonName" TEXT NOT NULL,
    "PersonHasProtectedIdentity" INTEGER NOT NULL,
    "PersonChildrenInHousehold" INTEGER NOT NULL,
    "Reason" TEXT NOT NULL,
    "OriginKind" TEXT NOT NULL,
    "InitiatingUnitId" TEXT NOT NULL,
    "InitiatingOrganizationId" TEXT NOT NULL,
    "ExternalCaseReference" TEXT NOT NULL,
    "InitiatedByUserId" TEXT NOT NULL,
    "PlacementDecidedOn" TEXT NULL,
    "PlacementStartedOn" TEXT NULL,
    "PlacementIsAcute" INTEGER NULL,
    "PlacementPrecededBySip" INTEGER NULL,
    "PlacementSipMeetingDueOn" TEXT NULL,
    "PlacementCostAllocationDueOn" TEXT NULL,
    "Status" TEXT NOT NULL,
    "PersonGoals" TEXT NULL,
    "OverallResponsibleUnitId" TEXT NULL,
    "FirstMeetingDueOn" TEXT NOT NULL,
    "ReportOfConcernAssessedAt" INTEGER NULL,
    "ReportOfConcernAssessment" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "ClosedAt" INTEGER NULL,
    "CloseReason" TEXT NULL,
    "CloseNote" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "Users" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Users" PRIMARY KEY,
    "UserName" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "Title" TEXT NULL,
    "HsaId" TEXT NULL,
    "Role" TEXT NOT NULL,
    "AreaOrganizationId" TEXT NULL,
    "UnitIds" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL
);

CREATE TABLE "Units" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Units" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "OrganizationKind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "HsaId" TEXT NULL,
    "InvitationMailbox" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    CONSTRAINT "FK_Units_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PlanActions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanActions" PRIMARY KEY,
    "ActionTypeCode" TEXT NOT NULL,
    "Principal" TEXT NOT NULL,
    "OwningUnitId" TEXT NOT NULL,
    "NeedId" TEXT NULL,
    "Description" TEXT NOT NULL,
    "StartOn" TEXT NULL,
    "DueOn" TEXT NULL,
    "Status" TEXT NOT NULL,
    "ProposedByUserId" TEXT NOT NULL,
    "ProposedAt" INTEGER NOT NULL,
    "AcceptBy" TEXT NOT NULL,
    "DecidedByUserId" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "RejectionReason" TEXT NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanActions_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanConsents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanConsents" PRIMARY KEY,
    "GivenBy" TEXT NOT NULL,
    "GuardianNames" TEXT NULL,
    "Form" TEXT NOT NULL,
    "GivenAt" INTEGER NOT NULL,
    "RecordedByUserId" TEXT NOT NULL,
    "ScopeOrganizationIds" TEXT NOT NULL,
    "NextOfKinMayTakePart" INTEGER NOT NULL,
    "ChildsView" TEXT NULL,
    "WithdrawnAt" INTEGER NULL,
    "WithdrawalNote" TEXT NULL,
    "SupersededAt" INTEGER NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanConsents_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanDeviations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanDeviations" PRIMARY KEY,
    "RaisedByUnitId" TEXT NOT NULL,
    "CounterpartOrganizationId" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "IsCostDispute" INTEGER NOT NULL,
    "RaisedAt" INTEGER NOT NULL,
    "Level" TEXT NOT NULL,
    "DeIdentifiedSummary" TEXT NULL,
    "ResolvedAt" INTEGER NULL,
    "Resolution" TEXT NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanDeviations_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanFollowUps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanFollowUps" PRIMARY KEY,
    "DueOn" TEXT NOT NULL,
    "DoneAt" INTEGER NULL,
    "DoneByUserId" TEXT NULL,
    "Summary" TEXT NULL,
    "ResultingVersion" INTEGER NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanFollowUps_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanMeetings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanMeetings" PRIMARY KEY,
    "StartsAt" INTEGER NOT NULL,
    "Duration" TEXT NOT NULL,
    "Location" TEXT NULL,
    "VideoLink" TEXT NULL,
    "AttendeeParticipantIds" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "CancellationReason" TEXT NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanMeetings_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanNeeds" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanNeeds" PRIMARY KEY,
    "Description" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanNeeds_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanParticipants" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanParticipants" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "UnitId" TEXT NULL,
    "OrganizationId" TEXT NULL,
    "DisplayName" TEXT NOT NULL,
    "Relationship" TEXT NULL,
    "State" TEXT NOT NULL,
    "InvitedAt" INTEGER NOT NULL,
    "RespondBy" TEXT NULL,
    "RespondedAt" INTEGER NULL,
    "RespondedByUserId" TEXT NULL,
    "DeclineReason" TEXT NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanParticipants_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanVersions" PRIMARY KEY,
    "Number" INTEGER NOT NULL,
    "EstablishedAt" INTEGER NOT NULL,
    "EstablishedByUserId" TEXT NOT NULL,
    "PersonParticipated" INTEGER NOT NULL,
    "PersonAbsenceReason" TEXT NULL,
    "PersonApprovedAt" INTEGER NOT NULL,
    "ContentJson" TEXT NOT NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanVersions_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AuditEntries_PlanId_OccurredAt" ON "AuditEntries" ("PlanId", "OccurredAt");

CREATE INDEX "IX_AuditEntries_UserId_OccurredAt" ON "AuditEntries" ("UserId", "OccurredAt");

CREATE UNIQUE INDEX "IX_Organizations_Name" ON "Organizations" ("Name");

CREATE INDEX "IX_PlanActions_OwningUnitId_Status" ON "PlanActions" ("OwningUnitId", "Status");

CREATE INDEX "IX_PlanActions_PlanId" ON "PlanActions" ("PlanId");

CREATE INDEX "IX_PlanActions_Status_AcceptBy" ON "PlanActions" ("Status", "AcceptBy");

CREATE INDEX "IX_PlanConsents_PlanId" ON "PlanConsents" ("PlanId");

CREATE INDEX "IX_PlanDeviations_PlanId" ON "PlanDeviations" ("PlanId");

CREATE INDEX "IX_PlanDeviations_ResolvedAt" ON "PlanDeviations" ("ResolvedAt");

CREATE INDEX "IX_PlanFollowUps_DoneAt_DueOn" ON "PlanFollowUps" ("DoneAt", "DueOn");

CREATE INDEX "IX_PlanFollowUps_PlanId" ON "PlanFollowUps" ("PlanId");

CREATE INDEX "IX_PlanMeetings_PlanId" ON "PlanMeetings" ("PlanId");

CREATE INDEX "IX_PlanMeetings_Status_StartsAt" ON "PlanMeetings" ("Status", "StartsAt");

CREATE INDEX "IX_PlanNeeds_PlanId" ON "PlanNeeds" ("PlanId");

CREATE INDEX "IX_PlanParticipants_PlanId" ON "PlanParticipants" ("PlanId");

CREATE INDEX "IX_PlanParticipants_State_RespondBy" ON "PlanParticipants" ("State", "RespondBy");

CREATE INDEX "IX_PlanParticipants_UnitId" ON "PlanParticipants" ("UnitId");

CREATE UNIQUE INDEX "IX_Plans_InitiatingOrganizationId_ExternalCaseReference" ON "Plans" ("InitiatingOrganizationId", "ExternalCaseReference");

CREATE INDEX "IX_Plans_InitiatingUnitId" ON "Plans" ("InitiatingUnitId");

CREATE INDEX "IX_Plans_OverallResponsibleUnitId" ON "Plans" ("OverallResponsibleUnitId");

CREATE INDEX "IX_Plans_PersonIdentityNumber" ON "Plans" ("PersonIdentityNumber");

CREATE INDEX "IX_Plans_PlacementCostAllocationDueOn" ON "Plans" ("PlacementCostAllocationDueOn");

CREATE INDEX "IX_Plans_PlacementSipMeetingDueOn" ON "Plans" ("PlacementSipMeetingDueOn");

CREATE UNIQUE INDEX "IX_Plans_ReferenceNumber" ON "Plans" ("ReferenceNumber");

CREATE INDEX "IX_Plans_Status" ON "Plans" ("Status");

CREATE INDEX "IX_Plans_Status_FirstMeetingDueOn" ON "Plans" ("Status", "FirstMeetingDueOn");

CREATE UNIQUE INDEX "IX_PlanVersions_PlanId_Number" ON "PlanVersions" ("PlanId", "Number");

CREATE UNIQUE INDEX "IX_Units_HsaId" ON "Units" ("HsaId");

CREATE INDEX "IX_Units_OrganizationId" ON "Units" ("OrganizationId");

CREATE UNIQUE INDEX "IX_Users_HsaId" ON "Users" ("HsaId");

CREATE UNIQUE INDEX "IX_Users_UserName" ON "Users" ("UserName");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123063302_Initial', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Users" ADD "Language" TEXT NOT NULL DEFAULT 'sv';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123085926_AddUserLanguage', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Outbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Outbox" PRIMARY KEY,
    "Key" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "PlanId" TEXT NOT NULL,
    "RecipientUnitId" TEXT NOT NULL,
    "SubjectId" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DueAt" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "DeliveredAt" INTEGER NULL,
    "ClaimedUntil" INTEGER NULL
);

CREATE INDEX "IX_Outbox_DeliveredAt_DueAt" ON "Outbox" ("DeliveredAt", "DueAt");

CREATE UNIQUE INDEX "IX_Outbox_Key" ON "Outbox" ("Key");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123095040_AddOutbox', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Outbox" ADD "Deadline" TEXT NULL;

ALTER TABLE "Outbox" ADD "IsEscalation" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Outbox" ADD "Step" INTEGER NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123100204_AddReminders', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Outbox" RENAME COLUMN "RecipientUnitId" TO "RecipientId";

ALTER TABLE "Users" ADD "Email" TEXT NULL;

ALTER TABLE "Users" ADD "IsManager" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Plans" ADD "PlacementCostAllocationSettledOn" TEXT NULL;

ALTER TABLE "PlanParticipants" ADD "Email" TEXT NULL;

ALTER TABLE "Outbox" ADD "Recipient" TEXT NOT NULL DEFAULT 'Unit';

CREATE INDEX "IX_Outbox_RecipientId_Kind" ON "Outbox" ("RecipientId", "Kind");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123105409_AddEscalationContacts', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Plans" ADD "PlacementPlacingOrganizationId" TEXT NULL;

ALTER TABLE "Plans" ADD "PlacementResidentialUnitId" TEXT NULL;

ALTER TABLE "PlanDeviations" ADD "StepDueOn" TEXT NULL;

ALTER TABLE "PlanActions" ADD "Nature" TEXT NOT NULL DEFAULT 'NotSet';

CREATE TABLE "PlanCostAllocations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanCostAllocations" PRIMARY KEY,
    "ShareKind" TEXT NOT NULL,
    "MunicipalityShare" TEXT NOT NULL,
    "RegionShare" TEXT NOT NULL,
    "Basis" TEXT NOT NULL,
    "ProposedByUnitId" TEXT NOT NULL,
    "ProposedAt" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "MunicipalitySignatory" TEXT NULL,
    "MunicipalitySignatoryTitle" TEXT NULL,
    "MunicipalityAgreedAt" INTEGER NULL,
    "RegionSignatory" TEXT NULL,
    "RegionSignatoryTitle" TEXT NULL,
    "RegionAgreedAt" INTEGER NULL,
    "DisputeGround" TEXT NULL,
    "DisputeReason" TEXT NULL,
    "DisputedAt" INTEGER NULL,
    "SupersededAt" INTEGER NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanCostAllocations_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanFeedback" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanFeedback" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "RoutedToUnitId" TEXT NOT NULL,
    "RecordedByUserId" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "RespondBy" TEXT NOT NULL,
    "AnsweredAt" INTEGER NULL,
    "Answer" TEXT NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanFeedback_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_PlanDeviations_ResolvedAt_StepDueOn" ON "PlanDeviations" ("ResolvedAt", "StepDueOn");

CREATE INDEX "IX_PlanCostAllocations_PlanId" ON "PlanCostAllocations" ("PlanId");

CREATE INDEX "IX_PlanFeedback_AnsweredAt_RespondBy" ON "PlanFeedback" ("AnsweredAt", "RespondBy");

CREATE INDEX "IX_PlanFeedback_PlanId" ON "PlanFeedback" ("PlanId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123114221_AddCostAllocationAndFeedback', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_AuditEntries_OccurredAt" ON "AuditEntries" ("OccurredAt");

CREATE INDEX "IX_AuditEntries_UnitId_OccurredAt" ON "AuditEntries" ("UnitId", "OccurredAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123133910_AddAccessLogReviewIndexes', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "PlanVersions" ADD "RedactedAt" INTEGER NULL;

ALTER TABLE "Plans" ADD "AnonymisedAt" INTEGER NULL;

CREATE INDEX "IX_Plans_Status_ClosedAt" ON "Plans" ("Status", "ClosedAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123144330_AddGallring', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "PlanNumberSeries" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_PlanNumberSeries" PRIMARY KEY,
    "Last" INTEGER NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123165640_AddPlanNumberSeries', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_PlanParticipants_OrganizationId" ON "PlanParticipants" ("OrganizationId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123175338_AddParticipantOrganizationIndex', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_PlanParticipants_UnitId";

CREATE INDEX "IX_PlanParticipants_UnitId_State" ON "PlanParticipants" ("UnitId", "State");

CREATE INDEX "IX_PlanActions_ProposedByUserId_Status" ON "PlanActions" ("ProposedByUserId", "Status");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130041303_AddInboxIndexes', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_PlanParticipants_State_RespondBy";

DROP INDEX "IX_PlanFollowUps_DoneAt_DueOn";

DROP INDEX "IX_PlanConsents_PlanId";

DROP INDEX "IX_PlanActions_PlanId";

DROP INDEX "IX_PlanActions_Status_AcceptBy";

CREATE INDEX "IX_PlanParticipants_RespondBy_PlanId" ON "PlanParticipants" ("RespondBy", "PlanId") WHERE "State" = 'Invited' AND "UnitId" IS NOT NULL;

CREATE INDEX "IX_PlanFollowUps_DoneAt_DueOn_PlanId" ON "PlanFollowUps" ("DoneAt", "DueOn", "PlanId");

CREATE INDEX "IX_PlanConsents_PlanId_WithdrawnAt_SupersededAt" ON "PlanConsents" ("PlanId", "WithdrawnAt", "SupersededAt");

CREATE INDEX "IX_PlanActions_PlanId_Status" ON "PlanActions" ("PlanId", "Status");

CREATE INDEX "IX_PlanActions_Status_AcceptBy_PlanId" ON "PlanActions" ("Status", "AcceptBy", "PlanId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130063535_AddOverviewIndexes', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130073419_IncludeVersionDateInPlanIndex', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130081313_AddDataProtectionKeys', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_PlanParticipants_UnitId_State";

DROP INDEX "IX_PlanActions_OwningUnitId_Status";

CREATE INDEX "IX_PlanParticipants_UnitId_State_RespondBy_Id" ON "PlanParticipants" ("UnitId", "State", "RespondBy", "Id");

CREATE INDEX "IX_PlanActions_OwningUnitId_Status_AcceptBy_Id" ON "PlanActions" ("OwningUnitId", "Status", "AcceptBy", "Id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130121534_InboxPageIndexes', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Plans" ADD "FirstEstablishedAt" INTEGER NULL;

UPDATE "Plans" SET "FirstEstablishedAt" =
    (SELECT v."EstablishedAt" FROM "PlanVersions" AS v WHERE v."PlanId" = "Plans"."Id" AND v."Number" = 1);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130124652_AddFirstEstablishedAt', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "InboxEntries" (
    "PlanId" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "DueOn" TEXT NULL,
    CONSTRAINT "PK_InboxEntries" PRIMARY KEY ("PlanId", "ItemId")
);

CREATE INDEX "IX_InboxEntries_UnitId_Kind_DueOn" ON "InboxEntries" ("UnitId", "Kind", "DueOn");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201062127_AddInboxEntries', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_InboxEntries_UnitId_Kind_DueOn";

CREATE INDEX "IX_InboxEntries_UnitId_Kind_DueOn_ItemId_PlanId" ON "InboxEntries" ("UnitId", "Kind", "DueOn", "ItemId", "PlanId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201125923_InboxEntriesInPageOrder', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "PlanDocuments" (
    "PlanId" TEXT NOT NULL CONSTRAINT "PK_PlanDocuments" PRIMARY KEY,
    "Version" INTEGER NOT NULL,
    "Shape" INTEGER NOT NULL,
    "Content" TEXT NOT NULL,
    CONSTRAINT "FK_PlanDocuments_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201175421_AddPlanDocuments', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Plans" ADD "FastCareContactName" TEXT NULL;

ALTER TABLE "Plans" ADD "FastCareContactNamedAt" INTEGER NULL;

ALTER TABLE "Plans" ADD "FastCareContactTelephone" TEXT NULL;

ALTER TABLE "Plans" ADD "FastCareContactUnitId" TEXT NULL;

ALTER TABLE "Plans" ADD "PersonSearchName" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Plans" ADD "PersonSortName" TEXT NOT NULL DEFAULT '';

ALTER TABLE "PlanMeetings" ADD "Day" TEXT NOT NULL DEFAULT '0001-01-01';

ALTER TABLE "PlanCostAllocations" ADD "MunicipalitySignatoryUserId" TEXT NULL;

ALTER TABLE "PlanCostAllocations" ADD "RegionSignatoryUserId" TEXT NULL;

ALTER TABLE "PlanActions" ADD "NotExecutedBy" TEXT NULL;

ALTER TABLE "PlanActions" ADD "ReportedToIvoOn" TEXT NULL;

ALTER TABLE "CountyPolicies" ADD "DeviationStepWorkingDays" INTEGER NOT NULL DEFAULT 10;

ALTER TABLE "CountyPolicies" ADD "EscalationLadder" TEXT NOT NULL DEFAULT 'JamtlandHarjedalen';

ALTER TABLE "CountyPolicies" ADD "FeedbackResponseWorkingDays" INTEGER NOT NULL DEFAULT 10;

CREATE INDEX "IX_PlanActions_Status_NotExecutedBy_PlanId" ON "PlanActions" ("Status", "NotExecutedBy", "PlanId");

UPDATE "PlanMeetings" SET "Day" = date(("StartsAt" >> 11) / 10000 - 62135596800, 'unixepoch',
    CASE WHEN datetime(("StartsAt" >> 11) / 10000 - 62135596800, 'unixepoch')
            >= datetime(strftime('%Y', ("StartsAt" >> 11) / 10000 - 62135596800, 'unixepoch') || '-03-31',
                '-6 days', 'weekday 0', '+1 hour')
        AND datetime(("StartsAt" >> 11) / 10000 - 62135596800, 'unixepoch')
            < datetime(strftime('%Y', ("StartsAt" >> 11) / 10000 - 62135596800, 'unixepoch') || '-10-31',
                '-6 days', 'weekday 0', '+1 hour')
    THEN '+2 hours' ELSE '+1 hour' END);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207173812_DomainSecondRound', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Units" ADD "ActsForPrincipal" TEXT NULL;

ALTER TABLE "Units" ADD "PrincipalOrganizationId" TEXT NULL;

ALTER TABLE "Plans" ADD "CommunicationInterpreterNeeded" INTEGER NULL;

ALTER TABLE "Plans" ADD "CommunicationLanguage" TEXT NULL;

ALTER TABLE "Plans" ADD "CommunicationOtherSupport" TEXT NULL;

ALTER TABLE "Plans" ADD "CommunicationRecordedAt" INTEGER NULL;

ALTER TABLE "Plans" ADD "PersonBirthDate" TEXT NOT NULL DEFAULT '0001-01-01';

ALTER TABLE "Plans" ADD "PersonReserveNumber" TEXT NULL;

ALTER TABLE "Plans" ADD "PlacementCareContent" TEXT NULL;

ALTER TABLE "Plans" ADD "PlacementLegalBasis" TEXT NULL;

ALTER TABLE "Plans" ADD "PlacementLvmCertificateWrittenAt" TEXT NULL;

ALTER TABLE "Plans" ADD "PlacementLvmNotifiedBy" TEXT NULL;

ALTER TABLE "Plans" ADD "PlacementLvmNotifiedOn" TEXT NULL;

ALTER TABLE "Plans" ADD "PlacementMedicalCare" TEXT NULL;

ALTER TABLE "Plans" ADD "PlacementMedicalCareChosenByUnitId" TEXT NULL;

ALTER TABLE "Plans" ADD "PlacementMotive" TEXT NULL;

ALTER TABLE "Plans" ADD "PlacementMotiveText" TEXT NULL;

ALTER TABLE "Plans" ADD "ReportOfConcernForVersion" INTEGER NULL;

ALTER TABLE "Plans" ADD "ReportOfConcernMade" INTEGER NULL;

ALTER TABLE "Plans" ADD "ReportOfConcernMadeOn" TEXT NULL;

ALTER TABLE "Plans" ADD "ReportOfConcernParentAndChildInformed" INTEGER NULL;

ALTER TABLE "Plans" ADD "ReportOfConcernSocialServices" TEXT NULL;

ALTER TABLE "PlanParticipants" ADD "ForwardedToParticipantId" TEXT NULL;

ALTER TABLE "PlanParticipants" ADD "IsContractedProviderUnit" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "PlanParticipants" ADD "MandateCoversConsent" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "PlanParticipants" ADD "MandateScope" TEXT NULL;

ALTER TABLE "PlanParticipants" ADD "MandateValidUntil" TEXT NULL;

ALTER TABLE "PlanParticipants" ADD "RedirectReason" TEXT NULL;

ALTER TABLE "PlanNeeds" ADD "Area" TEXT NULL;

ALTER TABLE "PlanConsents" ADD "NarrowedOrganizationIds" TEXT NOT NULL DEFAULT '[]';

ALTER TABLE "PlanConsents" ADD "RepresentativeCapacity" TEXT NULL;

ALTER TABLE "PlanConsents" ADD "RepresentativeName" TEXT NULL;

ALTER TABLE "PlanConsents" ADD "RepresentativeParticipantId" TEXT NULL;

ALTER TABLE "PlanConsents" ADD "ScopeUnitIds" TEXT NOT NULL DEFAULT '[]';

ALTER TABLE "PlanConsents" ADD "WithdrawnByCapacity" TEXT NULL;

ALTER TABLE "PlanConsents" ADD "WithdrawnByName" TEXT NULL;

ALTER TABLE "CountyPolicies" ADD "ContractedProvidersMayHoldOverallResponsibility" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "CountyPolicies" ADD "ReserveNumberDescription" TEXT NOT NULL DEFAULT 'ÅÅÅÅMMDD-XXXX: födelsedatum och fyra tecken varav minst en bokstav';

ALTER TABLE "CountyPolicies" ADD "ReserveNumberPattern" TEXT NOT NULL DEFAULT '(19|20)\d{6}(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}';

ALTER TABLE "CountyPolicies" ADD "ReserveNumberSystem" TEXT NOT NULL DEFAULT 'urn:sip:fhir:reservnummer';

CREATE TABLE "PlanChildren" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanChildren" PRIMARY KEY,
    "AgeYears" INTEGER NULL,
    "BirthYear" INTEGER NULL,
    "LivesWith" TEXT NOT NULL,
    "Custody" TEXT NOT NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanChildren_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Plans_PersonBirthDate" ON "Plans" ("PersonBirthDate");

CREATE INDEX "IX_Plans_PersonReserveNumber" ON "Plans" ("PersonReserveNumber");

CREATE INDEX "IX_PlanChildren_PlanId" ON "PlanChildren" ("PlanId");

UPDATE "Units" SET "ActsForPrincipal" = "OrganizationKind", "PrincipalOrganizationId" = "OrganizationId" WHERE "OrganizationKind" IN ('Municipality', 'Region');

UPDATE "Units" SET "ActsForPrincipal" = (SELECT p."Kind" FROM "Organizations" o JOIN "Organizations" p ON p."Id" = o."ContractingPrincipalId" WHERE o."Id" = "Units"."OrganizationId"), "PrincipalOrganizationId" = (SELECT o."ContractingPrincipalId" FROM "Organizations" o WHERE o."Id" = "Units"."OrganizationId") WHERE "OrganizationKind" = 'ContractedProvider';

UPDATE "PlanParticipants" SET "IsContractedProviderUnit" = 1 WHERE "UnitId" IN (SELECT "Id" FROM "Units" WHERE "OrganizationKind" = 'ContractedProvider');

CREATE TABLE "ef_temp_Plans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Plans" PRIMARY KEY,
    "AnonymisedAt" INTEGER NULL,
    "CloseNote" TEXT NULL,
    "CloseReason" TEXT NULL,
    "ClosedAt" INTEGER NULL,
    "CommunicationInterpreterNeeded" INTEGER NULL,
    "CommunicationLanguage" TEXT NULL,
    "CommunicationOtherSupport" TEXT NULL,
    "CommunicationRecordedAt" INTEGER NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ExternalCaseReference" TEXT NOT NULL,
    "FastCareContactName" TEXT NULL,
    "FastCareContactNamedAt" INTEGER NULL,
    "FastCareContactTelephone" TEXT NULL,
    "FastCareContactUnitId" TEXT NULL,
    "FirstEstablishedAt" INTEGER NULL,
    "FirstMeetingDueOn" TEXT NOT NULL,
    "InitiatedByUserId" TEXT NOT NULL,
    "InitiatingOrganizationId" TEXT NOT NULL,
    "InitiatingUnitId" TEXT NOT NULL,
    "OriginKind" TEXT NOT NULL,
    "OverallResponsibleUnitId" TEXT NULL,
    "PersonBirthDate" TEXT NOT NULL,
    "PersonChildrenInHousehold" INTEGER NOT NULL,
    "PersonGoals" TEXT NULL,
    "PersonHasProtectedIdentity" INTEGER NOT NULL,
    "PersonIdentityNumber" TEXT NULL,
    "PersonName" TEXT NOT NULL,
    "PersonReserveNumber" TEXT NULL,
    "PersonSearchName" TEXT NOT NULL,
    "PersonSortName" TEXT NOT NULL,
    "PlacementCareContent" TEXT NULL,
    "PlacementCostAllocationDueOn" TEXT NULL,
    "PlacementCostAllocationSettledOn" TEXT NULL,
    "PlacementDecidedOn" TEXT NULL,
    "PlacementIsAcute" INTEGER NULL,
    "PlacementLegalBasis" TEXT NULL,
    "PlacementLvmCertificateWrittenAt" TEXT NULL,
    "PlacementLvmNotifiedBy" TEXT NULL,
    "PlacementLvmNotifiedOn" TEXT NULL,
    "PlacementMedicalCare" TEXT NULL,
    "PlacementMedicalCareChosenByUnitId" TEXT NULL,
    "PlacementMotive" TEXT NULL,
    "PlacementMotiveText" TEXT NULL,
    "PlacementPlacingOrganizationId" TEXT NULL,
    "PlacementPrecededBySip" INTEGER NULL,
    "PlacementResidentialUnitId" TEXT NULL,
    "PlacementSipMeetingDueOn" TEXT NULL,
    "PlacementStartedOn" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "ReferenceNumber" TEXT NOT NULL,
    "ReportOfConcernAssessedAt" INTEGER NULL,
    "ReportOfConcernAssessment" TEXT NULL,
    "ReportOfConcernForVersion" INTEGER NULL,
    "ReportOfConcernMade" INTEGER NULL,
    "ReportOfConcernMadeOn" TEXT NULL,
    "ReportOfConcernParentAndChildInformed" INTEGER NULL,
    "ReportOfConcernSocialServices" TEXT NULL,
    "Status" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

INSERT INTO "ef_temp_Plans" ("Id", "AnonymisedAt", "CloseNote", "CloseReason", "ClosedAt", "CommunicationInterpreterNeeded", "CommunicationLanguage", "CommunicationOtherSupport", "CommunicationRecordedAt", "CreatedAt", "ExternalCaseReference", "FastCareContactName", "FastCareContactNamedAt", "FastCareContactTelephone", "FastCareContactUnitId", "FirstEstablishedAt", "FirstMeetingDueOn", "InitiatedByUserId", "InitiatingOrganizationId", "InitiatingUnitId", "OriginKind", "OverallResponsibleUnitId", "PersonBirthDate", "PersonChildrenInHousehold", "PersonGoals", "PersonHasProtectedIdentity", "PersonIdentityNumber", "PersonName", "PersonReserveNumber", "PersonSearchName", "PersonSortName", "PlacementCareContent", "PlacementCostAllocationDueOn", "PlacementCostAllocationSettledOn", "PlacementDecidedOn", "PlacementIsAcute", "PlacementLegalBasis", "PlacementLvmCertificateWrittenAt", "PlacementLvmNotifiedBy", "PlacementLvmNotifiedOn", "PlacementMedicalCare", "PlacementMedicalCareChosenByUnitId", "PlacementMotive", "PlacementMotiveText", "PlacementPlacingOrganizationId", "PlacementPrecededBySip", "PlacementResidentialUnitId", "PlacementSipMeetingDueOn", "PlacementStartedOn", "Reason", "ReferenceNumber", "ReportOfConcernAssessedAt", "ReportOfConcernAssessment", "ReportOfConcernForVersion", "ReportOfConcernMade", "ReportOfConcernMadeOn", "ReportOfConcernParentAndChildInformed", "ReportOfConcernSocialServices", "Status", "UpdatedAt", "Version")
SELECT "Id", "AnonymisedAt", "CloseNote", "CloseReason", "ClosedAt", "CommunicationInterpreterNeeded", "CommunicationLanguage", "CommunicationOtherSupport", "CommunicationRecordedAt", "CreatedAt", "ExternalCaseReference", "FastCareContactName", "FastCareContactNamedAt", "FastCareContactTelephone", "FastCareContactUnitId", "FirstEstablishedAt", "FirstMeetingDueOn", "InitiatedByUserId", "InitiatingOrganizationId", "InitiatingUnitId", "OriginKind", "OverallResponsibleUnitId", "PersonBirthDate", "PersonChildrenInHousehold", "PersonGoals", "PersonHasProtectedIdentity", "PersonIdentityNumber", "PersonName", "PersonReserveNumber", "PersonSearchName", "PersonSortName", "PlacementCareContent", "PlacementCostAllocationDueOn", "PlacementCostAllocationSettledOn", "PlacementDecidedOn", "PlacementIsAcute", "PlacementLegalBasis", "PlacementLvmCertificateWrittenAt", "PlacementLvmNotifiedBy", "PlacementLvmNotifiedOn", "PlacementMedicalCare", "PlacementMedicalCareChosenByUnitId", "PlacementMotive", "PlacementMotiveText", "PlacementPlacingOrganizationId", "PlacementPrecededBySip", "PlacementResidentialUnitId", "PlacementSipMeetingDueOn", "PlacementStartedOn", "Reason", "ReferenceNumber", "ReportOfConcernAssessedAt", "ReportOfConcernAssessment", "ReportOfConcernForVersion", "ReportOfConcernMade", "ReportOfConcernMadeOn", "ReportOfConcernParentAndChildInformed", "ReportOfConcernSocialServices", "Status", "UpdatedAt", "Version"
FROM "Plans";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Plans";

ALTER TABLE "ef_temp_Plans" RENAME TO "Plans";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE UNIQUE INDEX "IX_Plans_InitiatingOrganizationId_ExternalCaseReference" ON "Plans" ("InitiatingOrganizationId", "ExternalCaseReference");

CREATE INDEX "IX_Plans_InitiatingUnitId" ON "Plans" ("InitiatingUnitId");

CREATE INDEX "IX_Plans_OverallResponsibleUnitId" ON "Plans" ("OverallResponsibleUnitId");

CREATE INDEX "IX_Plans_PersonBirthDate" ON "Plans" ("PersonBirthDate");

CREATE INDEX "IX_Plans_PersonIdentityNumber" ON "Plans" ("PersonIdentityNumber");

CREATE INDEX "IX_Plans_PersonReserveNumber" ON "Plans" ("PersonReserveNumber");

CREATE INDEX "IX_Plans_PlacementCostAllocationDueOn" ON "Plans" ("PlacementCostAllocationDueOn");

CREATE INDEX "IX_Plans_PlacementSipMeetingDueOn" ON "Plans" ("PlacementSipMeetingDueOn");

CREATE UNIQUE INDEX "IX_Plans_ReferenceNumber" ON "Plans" ("ReferenceNumber");

CREATE INDEX "IX_Plans_Status" ON "Plans" ("Status");

CREATE INDEX "IX_Plans_Status_ClosedAt" ON "Plans" ("Status", "ClosedAt");

CREATE INDEX "IX_Plans_Status_FirstMeetingDueOn" ON "Plans" ("Status", "FirstMeetingDueOn");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207203855_SecondRoundPeopleAndPlacements', '10.0.14');

