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
    "DeviationStepWorkingDays" INTEGER NOT NULL,
    "FeedbackResponseWorkingDays" INTEGER NOT NULL,
    "ContractedProvidersMayHoldOverallResponsibility" INTEGER NOT NULL,
    "EscalationLadder" TEXT NOT NULL,
    "ReserveNumberPattern" TEXT NOT NULL DEFAULT '(19|20)\d{6}(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}',
    "ReserveNumberDescription" TEXT NOT NULL DEFAULT 'ÅÅÅÅMMDD-XXXX: födelsedatum och fyra tecken varav minst en bokstav',
    "ReserveNumberSystem" TEXT NOT NULL DEFAULT 'urn:sip:fhir:reservnummer',
    "ReminderDaysAfterDeadline" TEXT NOT NULL
);

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

CREATE TABLE "InboxEntries" (
    "PlanId" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "DueOn" TEXT NULL,
    CONSTRAINT "PK_InboxEntries" PRIMARY KEY ("PlanId", "ItemId")
);

CREATE TABLE "Organizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organizations" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "OrganizationNumber" TEXT NULL,
    "ContractingPrincipalId" TEXT NULL
);

CREATE TABLE "Outbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Outbox" PRIMARY KEY,
    "Deadline" TEXT NULL,
    "Step" INTEGER NULL,
    "IsEscalation" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "PlanId" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "RecipientId" TEXT NOT NULL,
    "SubjectId" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DueAt" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "DeliveredAt" INTEGER NULL,
    "ClaimedUntil" INTEGER NULL
);

CREATE TABLE "PlanNumberSeries" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_PlanNumberSeries" PRIMARY KEY,
    "Last" INTEGER NOT NULL
);

CREATE TABLE "Plans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Plans" PRIMARY KEY,
    "ReportOfConcernAssessedAt" INTEGER NULL,
    "ReportOfConcernAssessment" TEXT NULL,
    "ReportOfConcernForVersion" INTEGER NULL,
    "ReportOfConcernMade" INTEGER NULL,
    "ReportOfConcernMadeOn" TEXT NULL,
    "ReportOfConcernSocialServices" TEXT NULL,
    "ReportOfConcernParentAndChildInformed" INTEGER NULL,
    "CommunicationInterpreterNeeded" INTEGER NULL,
    "CommunicationLanguage" TEXT NULL,
    "CommunicationOtherSupport" TEXT NULL,
    "CommunicationRecordedAt" INTEGER NULL,
    "ReferenceNumber" TEXT NOT NULL,
    "PersonIdentityNumber" TEXT NULL,
    "PersonReserveNumber" TEXT NULL,
    "PersonBirthDate" TEXT NOT NULL,
    "PersonName" TEXT NOT NULL,
    "PersonSortName" TEXT NOT NULL,
    "PersonSearchName" TEXT NOT NULL,
    "PersonHasProtectedIdentity" INTEGER NOT NULL,
    "PersonChildrenInHousehold" INTEGER NOT NULL,
    "Reason" TEXT NOT NULL,
    "OriginKind" TEXT NOT NULL,
    "InitiatingUnitId" TEXT NOT NULL,
    "InitiatingOrganizationId" TEXT NOT NULL,
    "ExternalCaseReference" TEXT NOT NULL,
    "InitiatedByUserId" TEXT NOT NULL,
    "PlacementPlacingOrganizationId" TEXT NULL,
    "PlacementResidentialUnitId" TEXT NULL,
    "PlacementDecidedOn" TEXT NULL,
    "PlacementStartedOn" TEXT NULL,
    "PlacementIsAcute" INTEGER NULL,
    "PlacementPrecededBySip" INTEGER NULL,
    "PlacementSipMeetingDueOn" TEXT NULL,
    "PlacementCostAllocationDueOn" TEXT NULL,
    "PlacementCostAllocationSettledOn" TEXT NULL,
    "PlacementLegalBasis" TEXT NULL,
    "PlacementMotive" TEXT NULL,
    "PlacementMotiveText" TEXT NULL,
    "PlacementCareContent" TEXT NULL,
    "PlacementMedicalCare" TEXT NULL,
    "PlacementMedicalCareChosenByUnitId" TEXT NULL,
    "PlacementLvmNotifiedBy" TEXT NULL,
    "PlacementLvmNotifiedOn" TEXT NULL,
    "PlacementLvmCertificateWrittenAt" TEXT NULL,
    "Status" TEXT NOT NULL,
    "PersonGoals" TEXT NULL,
    "OverallResponsibleUnitId" TEXT NULL,
    "FirstMeetingDueOn" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "ClosedAt" INTEGER NULL,
    "FirstEstablishedAt" INTEGER NULL,
    "CloseReason" TEXT NULL,
    "CloseNote" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "FastCareContactUnitId" TEXT NULL,
    "FastCareContactName" TEXT NULL,
    "FastCareContactTelephone" TEXT NULL,
    "FastCareContactNamedAt" INTEGER NULL,
    "AnonymisedAt" INTEGER NULL
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
    "Email" TEXT NULL,
    "IsManager" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "Language" TEXT NOT NULL DEFAULT 'sv'
);

CREATE TABLE "Units" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Units" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "OrganizationKind" TEXT NOT NULL,
    "ActsForPrincipal" TEXT NULL,
    "PrincipalOrganizationId" TEXT NULL,
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
    "NotExecutedBy" TEXT NULL,
    "ReportedToIvoOn" TEXT NULL,
    "Nature" TEXT NOT NULL DEFAULT 'NotSet',
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanActions_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanChildren" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanChildren" PRIMARY KEY,
    "AgeYears" INTEGER NULL,
    "BirthYear" INTEGER NULL,
    "LivesWith" TEXT NOT NULL,
    "Custody" TEXT NOT NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanChildren_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanConsents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanConsents" PRIMARY KEY,
    "GivenBy" TEXT NOT NULL,
    "GuardianNames" TEXT NULL,
    "Form" TEXT NOT NULL,
    "GivenAt" INTEGER NOT NULL,
    "RecordedByUserId" TEXT NOT NULL,
    "ScopeOrganizationIds" TEXT NOT NULL,
    "ScopeUnitIds" TEXT NOT NULL,
    "NarrowedOrganizationIds" TEXT NOT NULL,
    "RepresentativeParticipantId" TEXT NULL,
    "RepresentativeName" TEXT NULL,
    "RepresentativeCapacity" TEXT NULL,
    "WithdrawnByName" TEXT NULL,
    "WithdrawnByCapacity" TEXT NULL,
    "NextOfKinMayTakePart" INTEGER NOT NULL,
    "ChildsView" TEXT NULL,
    "WithdrawnAt" INTEGER NULL,
    "WithdrawalNote" TEXT NULL,
    "SupersededAt" INTEGER NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanConsents_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

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
    "MunicipalitySignatoryUserId" TEXT NULL,
    "RegionSignatory" TEXT NULL,
    "RegionSignatoryTitle" TEXT NULL,
    "RegionAgreedAt" INTEGER NULL,
    "RegionSignatoryUserId" TEXT NULL,
    "DisputeGround" TEXT NULL,
    "DisputeReason" TEXT NULL,
    "DisputedAt" INTEGER NULL,
    "SupersededAt" INTEGER NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanCostAllocations_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanDeviations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanDeviations" PRIMARY KEY,
    "RaisedByUnitId" TEXT NOT NULL,
    "CounterpartOrganizationId" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "IsCostDispute" INTEGER NOT NULL,
    "RaisedAt" INTEGER NOT NULL,
    "Level" TEXT NOT NULL,
    "StepDueOn" TEXT NULL,
    "DeIdentifiedSummary" TEXT NULL,
    "ResolvedAt" INTEGER NULL,
    "Resolution" TEXT NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanDeviations_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanDocuments" (
    "PlanId" TEXT NOT NULL CONSTRAINT "PK_PlanDocuments" PRIMARY KEY,
    "Version" INTEGER NOT NULL,
    "Shape" INTEGER NOT NULL,
    "Content" TEXT NOT NULL,
    CONSTRAINT "FK_PlanDocuments_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
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
    "Day" TEXT NOT NULL,
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
    "Area" TEXT NULL,
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
    "IsContractedProviderUnit" INTEGER NOT NULL,
    "RedirectReason" TEXT NULL,
    "ForwardedToParticipantId" TEXT NULL,
    "Email" TEXT NULL,
    "MandateScope" TEXT NULL,
    "MandateCoversConsent" INTEGER NOT NULL,
    "MandateValidUntil" TEXT NULL,
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
    "RedactedAt" INTEGER NULL,
    "PlanId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanVersions_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AuditEntries_OccurredAt" ON "AuditEntries" ("OccurredAt");

CREATE INDEX "IX_AuditEntries_PlanId_OccurredAt" ON "AuditEntries" ("PlanId", "OccurredAt");

CREATE INDEX "IX_AuditEntries_UnitId_OccurredAt" ON "AuditEntries" ("UnitId", "OccurredAt");

CREATE INDEX "IX_AuditEntries_UserId_OccurredAt" ON "AuditEntries" ("UserId", "OccurredAt");

CREATE INDEX "IX_InboxEntries_UnitId_Kind_DueOn_ItemId_PlanId" ON "InboxEntries" ("UnitId", "Kind", "DueOn", "ItemId", "PlanId");

CREATE UNIQUE INDEX "IX_Organizations_Name" ON "Organizations" ("Name");

CREATE INDEX "IX_Outbox_DeliveredAt_DueAt" ON "Outbox" ("DeliveredAt", "DueAt");

CREATE UNIQUE INDEX "IX_Outbox_Key" ON "Outbox" ("Key");

CREATE INDEX "IX_Outbox_RecipientId_Kind" ON "Outbox" ("RecipientId", "Kind");

CREATE INDEX "IX_PlanActions_OwningUnitId_Status_AcceptBy_Id" ON "PlanActions" ("OwningUnitId", "Status", "AcceptBy", "Id");

CREATE INDEX "IX_PlanActions_PlanId_Status" ON "PlanActions" ("PlanId", "Status");

CREATE INDEX "IX_PlanActions_ProposedByUserId_Status" ON "PlanActions" ("ProposedByUserId", "Status");

CREATE INDEX "IX_PlanActions_Status_AcceptBy_PlanId" ON "PlanActions" ("Status", "AcceptBy", "PlanId");

CREATE INDEX "IX_PlanActions_Status_NotExecutedBy_PlanId" ON "PlanActions" ("Status", "NotExecutedBy", "PlanId");

CREATE INDEX "IX_PlanChildren_PlanId" ON "PlanChildren" ("PlanId");

CREATE INDEX "IX_PlanConsents_PlanId_WithdrawnAt_SupersededAt" ON "PlanConsents" ("PlanId", "WithdrawnAt", "SupersededAt");

CREATE INDEX "IX_PlanCostAllocations_PlanId" ON "PlanCostAllocations" ("PlanId");

CREATE INDEX "IX_PlanDeviations_PlanId" ON "PlanDeviations" ("PlanId");

CREATE INDEX "IX_PlanDeviations_ResolvedAt" ON "PlanDeviations" ("ResolvedAt");

CREATE INDEX "IX_PlanDeviations_ResolvedAt_StepDueOn" ON "PlanDeviations" ("ResolvedAt", "StepDueOn");

CREATE INDEX "IX_PlanFeedback_AnsweredAt_RespondBy" ON "PlanFeedback" ("AnsweredAt", "RespondBy");

CREATE INDEX "IX_PlanFeedback_PlanId" ON "PlanFeedback" ("PlanId");

CREATE INDEX "IX_PlanFollowUps_DoneAt_DueOn_PlanId" ON "PlanFollowUps" ("DoneAt", "DueOn", "PlanId");

CREATE INDEX "IX_PlanFollowUps_PlanId" ON "PlanFollowUps" ("PlanId");

CREATE INDEX "IX_PlanMeetings_PlanId" ON "PlanMeetings" ("PlanId");

CREATE INDEX "IX_PlanMeetings_Status_StartsAt" ON "PlanMeetings" ("Status", "StartsAt");

CREATE INDEX "IX_PlanNeeds_PlanId" ON "PlanNeeds" ("PlanId");

CREATE INDEX "IX_PlanParticipants_OrganizationId" ON "PlanParticipants" ("OrganizationId");

CREATE INDEX "IX_PlanParticipants_PlanId" ON "PlanParticipants" ("PlanId");

CREATE INDEX "IX_PlanParticipants_RespondBy_PlanId" ON "PlanParticipants" ("RespondBy", "PlanId") WHERE "State" = 'Invited' AND "UnitId" IS NOT NULL;

CREATE INDEX "IX_PlanParticipants_UnitId_State_RespondBy_Id" ON "PlanParticipants" ("UnitId", "State", "RespondBy", "Id");

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

CREATE UNIQUE INDEX "IX_PlanVersions_PlanId_Number" ON "PlanVersions" ("PlanId", "Number");

CREATE UNIQUE INDEX "IX_Units_HsaId" ON "Units" ("HsaId");

CREATE INDEX "IX_Units_OrganizationId" ON "Units" ("OrganizationId");

CREATE UNIQUE INDEX "IX_Users_HsaId" ON "Users" ("HsaId");

CREATE UNIQUE INDEX "IX_Users_UserName" ON "Users" ("UserName");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261208021300_Initial', '10.0.14');

COMMIT;

