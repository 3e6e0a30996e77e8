CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "AuditEntries" (
        "Id" uuid NOT NULL,
        "OccurredAt" timestamp with time zone NOT NULL,
        "UserId" uuid,
        "UnitId" uuid,
        "PlanId" uuid,
        "Kind" character varying(10) NOT NULL,
        "Action" character varying(100) NOT NULL,
        "Origin" character varying(100),
        CONSTRAINT "PK_AuditEntries" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "CountyPolicies" (
        "Id" uuid NOT NULL,
        "Name" character varying(200) NOT NULL,
        "InvitationResponseWorkingDays" integer NOT NULL,
        "DaysToFirstMeeting" integer NOT NULL,
        "ActionAcceptanceWorkingDays" integer NOT NULL,
        "FollowUpIntervalDays" integer NOT NULL,
        "SipMeetingDaysAfterPlacement" integer NOT NULL,
        "CostAllocationWorkingDaysAfterAcutePlacement" integer NOT NULL,
        "ReminderDaysAfterDeadline" integer[] NOT NULL,
        CONSTRAINT "PK_CountyPolicies" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "Organizations" (
        "Id" uuid NOT NULL,
        "Name" character varying(200) NOT NULL,
        "Kind" character varying(30) NOT NULL,
        "OrganizationNumber" character varying(20),
        "ContractingPrincipalId" uuid,
        CONSTRAINT "PK_Organizations" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "Plans" (
        "Id" uuid NOT NULL,
        "ReferenceNumber" character varying(20) NOT NULL,
        "PersonIdentityNumber" character varying(12) NOT NULL,
        "PersonName" character varying(200) NOT NULL,
        "PersonHasProtectedIdentity" boolean NOT NULL,
        "PersonChildrenInHousehold" boolean NOT NULL,
        "Reason" character varying(4000) NOT NULL,
        "OriginKind" character varying(40) NOT NULL,
        "InitiatingUnitId" uuid NOT NULL,
        "InitiatingOrganizationId" uuid NOT NULL,
        "ExternalCaseReference" character varying(64) NOT NULL,
        "InitiatedByUserId" uuid NOT NULL,
        "PlacementDecidedOn" date,
        "PlacementStartedOn" date,
        "PlacementIsAcute" boolean,
        "PlacementPrecededBySip" boolean,
        "PlacementSipMeetingDueOn" date,
        "PlacementCostAllocationDueOn" date,
        "Status" character varying(20) NOT NULL,
        "PersonGoals" character varying(8000),
        "OverallResponsibleUnitId" uuid,
        "FirstMeetingDueOn" date NOT NULL,
        "ReportOfConcernAssessedAt" timestamp with time zone,
        "ReportOfConcernAssessment" character varying(4000),
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "ClosedAt" timestamp with time zone,
        "CloseReason" character varying(30),
        "CloseNote" character varying(4000),
        "Version" integer NOT NULL,
        CONSTRAINT "PK_Plans" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "Users" (
        "Id" uuid NOT NULL,
        "UserName" character varying(100) NOT NULL,
        "DisplayName" character varying(200) NOT NULL,
        "Title" character varying(100),
        "HsaId" character varying(40),
        "Role" character varying(30) NOT NULL,
        "AreaOrganizationId" uuid,
        "UnitIds" uuid[] NOT NULL,
        "IsActive" boolean NOT NULL,
        CONSTRAINT "PK_Users" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "Units" (
        "Id" uuid NOT NULL,
        "OrganizationId" uuid NOT NULL,
        "OrganizationKind" character varying(30) NOT NULL,
        "Name" character varying(200) NOT NULL,
        "Kind" character varying(40) NOT NULL,
        "HsaId" character varying(40),
        "InvitationMailbox" character varying(320),
        "IsActive" boolean NOT NULL,
        CONSTRAINT "PK_Units" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_Units_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "PlanActions" (
        "Id" uuid NOT NULL,
        "ActionTypeCode" character varying(80) NOT NULL,
        "Principal" character varying(20) NOT NULL,
        "OwningUnitId" uuid NOT NULL,
        "NeedId" uuid,
        "Description" character varying(4000) NOT NULL,
        "StartOn" date,
        "DueOn" date,
        "Status" character varying(20) NOT NULL,
        "ProposedByUserId" uuid NOT NULL,
        "ProposedAt" timestamp with time zone NOT NULL,
        "AcceptBy" date NOT NULL,
        "DecidedByUserId" uuid,
        "DecidedAt" timestamp with time zone,
        "RejectionReason" character varying(2000),
        "PlanId" uuid NOT NULL,
        CONSTRAINT "PK_PlanActions" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_PlanActions_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "PlanConsents" (
        "Id" uuid NOT NULL,
        "GivenBy" character varying(20) NOT NULL,
        "GuardianNames" character varying(400),
        "Form" character varying(20) NOT NULL,
        "GivenAt" timestamp with time zone NOT NULL,
        "RecordedByUserId" uuid NOT NULL,
        "ScopeOrganizationIds" uuid[] NOT NULL,
        "NextOfKinMayTakePart" boolean NOT NULL,
        "ChildsView" character varying(4000),
        "WithdrawnAt" timestamp with time zone,
        "WithdrawalNote" character varying(2000),
        "SupersededAt" timestamp with time zone,
        "PlanId" uuid NOT NULL,
        CONSTRAINT "PK_PlanConsents" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_PlanConsents_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "PlanDeviations" (
        "Id" uuid NOT NULL,
        "RaisedByUnitId" uuid NOT NULL,
        "CounterpartOrganizationId" uuid NOT NULL,
        "Description" character varying(4000) NOT NULL,
        "IsCostDispute" boolean NOT NULL,
        "RaisedAt" timestamp with time zone NOT NULL,
        "Level" character varying(30) NOT NULL,
        "DeIdentifiedSummary" character varying(4000),
        "ResolvedAt" timestamp with time zone,
        "Resolution" character varying(4000),
        "PlanId" uuid NOT NULL,
        CONSTRAINT "PK_PlanDeviations" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_PlanDeviations_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "PlanFollowUps" (
        "Id" uuid NOT NULL,
        "DueOn" date NOT NULL,
        "DoneAt" timestamp with time zone,
        "DoneByUserId" uuid,
        "Summary" character varying(8000),
        "ResultingVersion" integer,
        "PlanId" uuid NOT NULL,
        CONSTRAINT "PK_PlanFollowUps" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_PlanFollowUps_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "PlanMeetings" (
        "Id" uuid NOT NULL,
        "StartsAt" timestamp with time zone NOT NULL,
        "Duration" interval NOT NULL,
        "Location" character varying(400),
        "VideoLink" character varying(1000),
        "AttendeeParticipantIds" uuid[] NOT NULL,
        "Status" character varying(20) NOT NULL,
        "Sequence" integer NOT NULL,
        "CancellationReason" character varying(2000),
        "PlanId" uuid NOT NULL,
        CONSTRAINT "PK_PlanMeetings" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_PlanMeetings_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "PlanNeeds" (
        "Id" uuid NOT NULL,
        "Description" character varying(2000) NOT NULL,
        "Order" integer NOT NULL,
        "PlanId" uuid NOT NULL,
        CONSTRAINT "PK_PlanNeeds" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_PlanNeeds_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "PlanParticipants" (
        "Id" uuid NOT NULL,
        "Kind" character varying(20) NOT NULL,
        "UnitId" uuid,
        "OrganizationId" uuid,
        "DisplayName" character varying(200) NOT NULL,
        "Relationship" character varying(100),
        "State" character varying(20) NOT NULL,
        "InvitedAt" timestamp with time zone NOT NULL,
        "RespondBy" date,
        "RespondedAt" timestamp with time zone,
        "RespondedByUserId" uuid,
        "DeclineReason" character varying(2000),
        "PlanId" uuid NOT NULL,
        CONSTRAINT "PK_PlanParticipants" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_PlanParticipants_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE TABLE "PlanVersions" (
        "Id" uuid NOT NULL,
        "Number" integer NOT NULL,
        "EstablishedAt" timestamp with time zone NOT NULL,
        "EstablishedByUserId" uuid NOT NULL,
        "PersonParticipated" boolean NOT NULL,
        "PersonAbsenceReason" character varying(2000),
        "PersonApprovedAt" timestamp with time zone NOT NULL,
        "ContentJson" text NOT NULL,
        "PlanId" uuid NOT NULL,
        CONSTRAINT "PK_PlanVersions" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_PlanVersions_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_AuditEntries_PlanId_OccurredAt" ON "AuditEntries" ("PlanId", "OccurredAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_AuditEntries_UserId_OccurredAt" ON "AuditEntries" ("UserId", "OccurredAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE UNIQUE INDEX "IX_Organizations_Name" ON "Organizations" ("Name");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanActions_OwningUnitId_Status" ON "PlanActions" ("OwningUnitId", "Status");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanActions_PlanId" ON "PlanActions" ("PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanActions_Status_AcceptBy" ON "PlanActions" ("Status", "AcceptBy");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanConsents_PlanId" ON "PlanConsents" ("PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanDeviations_PlanId" ON "PlanDeviations" ("PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanDeviations_ResolvedAt" ON "PlanDeviations" ("ResolvedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanFollowUps_DoneAt_DueOn" ON "PlanFollowUps" ("DoneAt", "DueOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanFollowUps_PlanId" ON "PlanFollowUps" ("PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanMeetings_PlanId" ON "PlanMeetings" ("PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanMeetings_Status_StartsAt" ON "PlanMeetings" ("Status", "StartsAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanNeeds_PlanId" ON "PlanNeeds" ("PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanParticipants_PlanId" ON "PlanParticipants" ("PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanParticipants_State_RespondBy" ON "PlanParticipants" ("State", "RespondBy");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_PlanParticipants_UnitId" ON "PlanParticipants" ("UnitId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE UNIQUE INDEX "IX_Plans_InitiatingOrganizationId_ExternalCaseReference" ON "Plans" ("InitiatingOrganizationId", "ExternalCaseReference");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_Plans_InitiatingUnitId" ON "Plans" ("InitiatingUnitId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_Plans_OverallResponsibleUnitId" ON "Plans" ("OverallResponsibleUnitId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_Plans_PersonIdentityNumber" ON "Plans" ("PersonIdentityNumber");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_Plans_PlacementCostAllocationDueOn" ON "Plans" ("PlacementCostAllocationDueOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_Plans_PlacementSipMeetingDueOn" ON "Plans" ("PlacementSipMeetingDueOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE UNIQUE INDEX "IX_Plans_ReferenceNumber" ON "Plans" ("ReferenceNumber");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_Plans_Status" ON "Plans" ("Status");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_Plans_Status_FirstMeetingDueOn" ON "Plans" ("Status", "FirstMeetingDueOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE UNIQUE INDEX "IX_PlanVersions_PlanId_Number" ON "PlanVersions" ("PlanId", "Number");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE UNIQUE INDEX "IX_Units_HsaId" ON "Units" ("HsaId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE INDEX "IX_Units_OrganizationId" ON "Units" ("OrganizationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE UNIQUE INDEX "IX_Users_HsaId" ON "Users" ("HsaId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    CREATE UNIQUE INDEX "IX_Users_UserName" ON "Users" ("UserName");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123063306_Initial') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261123063306_Initial', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123085931_AddUserLanguage') THEN
    ALTER TABLE "Users" ADD "Language" character varying(5) NOT NULL DEFAULT 'sv';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123085931_AddUserLanguage') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261123085931_AddUserLanguage', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123095043_AddOutbox') THEN
    CREATE TABLE "Outbox" (
        "Id" uuid NOT NULL,
        "Key" character varying(200) NOT NULL,
        "Kind" character varying(30) NOT NULL,
        "PlanId" uuid NOT NULL,
        "RecipientUnitId" uuid NOT NULL,
        "SubjectId" uuid NOT NULL,
        "CreatedAt" timestamp with time zone NOT NULL,
        "DueAt" timestamp with time zone NOT NULL,
        "Attempts" integer NOT NULL,
        "LastError" character varying(2000),
        "DeliveredAt" timestamp with time zone,
        "ClaimedUntil" timestamp with time zone,
        CONSTRAINT "PK_Outbox" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123095043_AddOutbox') THEN
    CREATE INDEX "IX_Outbox_DeliveredAt_DueAt" ON "Outbox" ("DeliveredAt", "DueAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123095043_AddOutbox') THEN
    CREATE UNIQUE INDEX "IX_Outbox_Key" ON "Outbox" ("Key");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123095043_AddOutbox') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261123095043_AddOutbox', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123100208_AddReminders') THEN
    ALTER TABLE "Outbox" ADD "Deadline" character varying(30);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123100208_AddReminders') THEN
    ALTER TABLE "Outbox" ADD "IsEscalation" boolean NOT NULL DEFAULT FALSE;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123100208_AddReminders') THEN
    ALTER TABLE "Outbox" ADD "Step" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123100208_AddReminders') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261123100208_AddReminders', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123105412_AddEscalationContacts') THEN
    ALTER TABLE "Outbox" RENAME COLUMN "RecipientUnitId" TO "RecipientId";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123105412_AddEscalationContacts') THEN
    ALTER TABLE "Users" ADD "Email" character varying(320);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123105412_AddEscalationContacts') THEN
    ALTER TABLE "Users" ADD "IsManager" boolean NOT NULL DEFAULT FALSE;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123105412_AddEscalationContacts') THEN
    ALTER TABLE "Plans" ADD "PlacementCostAllocationSettledOn" date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123105412_AddEscalationContacts') THEN
    ALTER TABLE "PlanParticipants" ADD "Email" character varying(320);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123105412_AddEscalationContacts') THEN
    ALTER TABLE "Outbox" ADD "Recipient" character varying(20) NOT NULL DEFAULT 'Unit';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123105412_AddEscalationContacts') THEN
    CREATE INDEX "IX_Outbox_RecipientId_Kind" ON "Outbox" ("RecipientId", "Kind");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123105412_AddEscalationContacts') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261123105412_AddEscalationContacts', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123114225_AddCostAllocationAndFeedback') THEN
    ALTER TABLE "Plans" ADD "PlacementPlacingOrganizationId" uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123114225_AddCostAllocationAndFeedback') THEN
    ALTER TABLE "Plans" ADD "PlacementResidentialUnitId" uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123114225_AddCostAllocationAndFeedback') THEN
    ALTER TABLE "PlanDeviations" ADD "StepDueOn" date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123114225_AddCostAllocationAndFeedback') THEN
    ALTER TABLE "PlanActions" ADD "Nature" character varying(20) NOT NULL DEFAULT 'NotSet';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123114225_AddCostAllocationAndFeedback') THEN
    CREATE TABLE "PlanCostAllocations" (
        "Id" uuid NOT NULL,
        "ShareKind" character varying(20) NOT NULL,
        "MunicipalityShare" numeric(12,2) NOT NULL,
        "RegionShare" numeric(12,2) NOT NULL,
        "Basis" character varying(4000) NOT NULL,
        "ProposedByUnitId" uuid NOT NULL,
        "ProposedAt" timestamp with time zone NOT NULL,
        "State" character varying(20) NOT NULL,
        "MunicipalitySignatory" character varying(200),
        "MunicipalitySignatoryTitle" character varying(100),
        "MunicipalityAgreedAt" timestamp with time zone,
        "RegionSignatory" character varying(200),
        "RegionSignatoryTitle" character varying(100),
        "RegionAgreedAt" timestamp with time zone,
        "DisputeGround" character varying(40),
        "DisputeReason" character varying(4000),
        "DisputedAt" timestamp with time zone,
        "SupersededAt" timestamp with time zone,
        "PlanId" uuid NOT NULL,
        CONSTRAINT "PK_PlanCostAllocations" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_PlanCostAllocations_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123114225_AddCostAllocationAndFeedback') THEN
    CREATE TABLE "PlanFeedback" (
        "Id" uuid NOT NULL,
        "Kind" character varying(20) NOT NULL,
        "Text" character varying(4000) NOT NULL,
        "ReceivedOn" date NOT NULL,
        "RoutedToUnitId" uuid NOT NULL,
        "RecordedByUserId" uuid NOT NULL,
        "RecordedAt" timestamp with time zone NOT NULL,
        "RespondBy" date NOT NULL,
        "AnsweredAt" timestamp with time zone,
        "Answer" character varying(4000),
        "PlanId" uuid NOT NULL,
        CONSTRAINT "PK_PlanFeedback" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_PlanFeedback_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123114225_AddCostAllocationAndFeedback') THEN
    CREATE INDEX "IX_PlanDeviations_ResolvedAt_StepDueOn" ON "PlanDeviations" ("ResolvedAt", "StepDueOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123114225_AddCostAllocationAndFeedback') THEN
    CREATE INDEX "IX_PlanCostAllocations_PlanId" ON "PlanCostAllocations" ("PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123114225_AddCostAllocationAndFeedback') THEN
    CREATE INDEX "IX_PlanFeedback_AnsweredAt_RespondBy" ON "PlanFeedback" ("AnsweredAt", "RespondBy");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123114225_AddCostAllocationAndFeedback') THEN
    CREATE INDEX "IX_PlanFeedback_PlanId" ON "PlanFeedback" ("PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123114225_AddCostAllocationAndFeedback') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261123114225_AddCostAllocationAndFeedback', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123133914_AddAccessLogReviewIndexes') THEN
    CREATE INDEX "IX_AuditEntries_OccurredAt" ON "AuditEntries" ("OccurredAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123133914_AddAccessLogReviewIndexes') THEN
    CREATE INDEX "IX_AuditEntries_UnitId_OccurredAt" ON "AuditEntries" ("UnitId", "OccurredAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123133914_AddAccessLogReviewIndexes') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261123133914_AddAccessLogReviewIndexes', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123144343_AddGallring') THEN
    ALTER TABLE "PlanVersions" ADD "RedactedAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123144343_AddGallring') THEN
    ALTER TABLE "Plans" ADD "AnonymisedAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123144343_AddGallring') THEN
    CREATE INDEX "IX_Plans_Status_ClosedAt" ON "Plans" ("Status", "ClosedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123144343_AddGallring') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261123144343_AddGallring', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123165630_AddPlanNumberSeries') THEN
    CREATE TABLE "PlanNumberSeries" (
        "Year" integer NOT NULL,
        "Last" integer NOT NULL,
        CONSTRAINT "PK_PlanNumberSeries" PRIMARY KEY ("Year")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123165630_AddPlanNumberSeries') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261123165630_AddPlanNumberSeries', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123175322_AddParticipantOrganizationIndex') THEN
    CREATE INDEX "IX_PlanParticipants_OrganizationId" ON "PlanParticipants" ("OrganizationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261123175322_AddParticipantOrganizationIndex') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261123175322_AddParticipantOrganizationIndex', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130041321_AddInboxIndexes') THEN
    DROP INDEX "IX_PlanParticipants_UnitId";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130041321_AddInboxIndexes') THEN
    CREATE INDEX "IX_PlanParticipants_UnitId_State" ON "PlanParticipants" ("UnitId", "State");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130041321_AddInboxIndexes') THEN
    CREATE INDEX "IX_PlanActions_ProposedByUserId_Status" ON "PlanActions" ("ProposedByUserId", "Status");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130041321_AddInboxIndexes') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130041321_AddInboxIndexes', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130063540_AddOverviewIndexes') THEN
    DROP INDEX "IX_PlanParticipants_State_RespondBy";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130063540_AddOverviewIndexes') THEN
    DROP INDEX "IX_PlanFollowUps_DoneAt_DueOn";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130063540_AddOverviewIndexes') THEN
    DROP INDEX "IX_PlanConsents_PlanId";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130063540_AddOverviewIndexes') THEN
    DROP INDEX "IX_PlanActions_PlanId";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130063540_AddOverviewIndexes') THEN
    DROP INDEX "IX_PlanActions_Status_AcceptBy";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130063540_AddOverviewIndexes') THEN
    CREATE INDEX "IX_PlanParticipants_RespondBy_PlanId" ON "PlanParticipants" ("RespondBy", "PlanId") WHERE "State" = 'Invited' AND "UnitId" IS NOT NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130063540_AddOverviewIndexes') THEN
    CREATE INDEX "IX_PlanFollowUps_DoneAt_DueOn_PlanId" ON "PlanFollowUps" ("DoneAt", "DueOn", "PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130063540_AddOverviewIndexes') THEN
    CREATE INDEX "IX_PlanConsents_PlanId_WithdrawnAt_SupersededAt" ON "PlanConsents" ("PlanId", "WithdrawnAt", "SupersededAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130063540_AddOverviewIndexes') THEN
    CREATE INDEX "IX_PlanActions_PlanId_Status" ON "PlanActions" ("PlanId", "Status");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130063540_AddOverviewIndexes') THEN
    CREATE INDEX "IX_PlanActions_Status_AcceptBy_PlanId" ON "PlanActions" ("Status", "AcceptBy", "PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130063540_AddOverviewIndexes') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130063540_AddOverviewIndexes', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130073424_IncludeVersionDateInPlanIndex') THEN
    DROP INDEX "IX_PlanVersions_PlanId_Number";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130073424_IncludeVersionDateInPlanIndex') THEN
    CREATE UNIQUE INDEX "IX_PlanVersions_PlanId_Number" ON "PlanVersions" ("PlanId", "Number") INCLUDE ("EstablishedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130073424_IncludeVersionDateInPlanIndex') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130073424_IncludeVersionDateInPlanIndex', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130081319_AddDataProtectionKeys') THEN
    CREATE TABLE "DataProtectionKeys" (
        "Id" integer GENERATED BY DEFAULT AS IDENTITY,
        "FriendlyName" text,
        "Xml" text,
        CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130081319_AddDataProtectionKeys') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130081319_AddDataProtectionKeys', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130121551_InboxPageIndexes') THEN
    DROP INDEX "IX_PlanParticipants_UnitId_State";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130121551_InboxPageIndexes') THEN
    DROP INDEX "IX_PlanActions_OwningUnitId_Status";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130121551_InboxPageIndexes') THEN
    CREATE INDEX "IX_PlanParticipants_UnitId_State_RespondBy_Id" ON "PlanParticipants" ("UnitId", "State", "RespondBy", "Id");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130121551_InboxPageIndexes') THEN
    CREATE INDEX "IX_PlanActions_OwningUnitId_Status_AcceptBy_Id" ON "PlanActions" ("OwningUnitId", "Status", "AcceptBy", "Id");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130121551_InboxPageIndexes') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130121551_InboxPageIndexes', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130124701_AddFirstEstablishedAt') THEN
    ALTER TABLE "Plans" ADD "FirstEstablishedAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130124701_AddFirstEstablishedAt') THEN
    UPDATE "Plans" SET "FirstEstablishedAt" =
        (SELECT v."EstablishedAt" FROM "PlanVersions" AS v WHERE v."PlanId" = "Plans"."Id" AND v."Number" = 1);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130124701_AddFirstEstablishedAt') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130124701_AddFirstEstablishedAt', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201062130_AddInboxEntries') THEN
    CREATE TABLE "InboxEntries" (
        "PlanId" uuid NOT NULL,
        "ItemId" uuid NOT NULL,
        "UnitId" uuid NOT NULL,
        "Kind" integer NOT NULL,
        "DueOn" date,
        CONSTRAINT "PK_InboxEntries" PRIMARY KEY ("PlanId", "ItemId")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201062130_AddInboxEntries') THEN
    CREATE INDEX "IX_InboxEntries_UnitId_Kind_DueOn" ON "InboxEntries" ("UnitId", "Kind", "DueOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201062130_AddInboxEntries') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261201062130_AddInboxEntries', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201125929_InboxEntriesInPageOrder') THEN
    DROP INDEX "IX_InboxEntries_UnitId_Kind_DueOn";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201125929_InboxEntriesInPageOrder') THEN
    CREATE INDEX "IX_InboxEntries_UnitId_Kind_DueOn_ItemId_PlanId" ON "InboxEntries" ("UnitId", "Kind", "DueOn", "ItemId", "PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201125929_InboxEntriesInPageOrder') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261201125929_InboxEntriesInPageOrder', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201175426_AddPlanDocuments') THEN
    CREATE TABLE "PlanDocuments" (
        "PlanId" uuid NOT NULL,
        "Version" integer NOT NULL,
        "Shape" integer NOT NULL,
        "Content" text NOT NULL,
        CONSTRAINT "PK_PlanDocuments" PRIMARY KEY ("PlanId"),
        CONSTRAINT "FK_PlanDocuments_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201175426_AddPlanDocuments') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261201175426_AddPlanDocuments', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201211254_AddDirectoryNotifications') THEN
    CREATE FUNCTION sip_directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('sip_directory', '');
        RETURN NULL;
    END
    $$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201211254_AddDirectoryNotifications') THEN
    CREATE TRIGGER "Users_notify_directory" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Users"
    FOR EACH STATEMENT EXECUTE FUNCTION sip_directory_changed();
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201211254_AddDirectoryNotifications') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261201211254_AddDirectoryNotifications', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "Plans" ALTER COLUMN "PersonName" TYPE character varying(200) COLLATE "sv-SE-x-icu";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "Plans" ADD "FastCareContactName" character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "Plans" ADD "FastCareContactNamedAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "Plans" ADD "FastCareContactTelephone" character varying(40);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "Plans" ADD "FastCareContactUnitId" uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "Plans" ADD "PersonSearchName" character varying(200) NOT NULL DEFAULT '';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "Plans" ADD "PersonSortName" character varying(200) COLLATE "sv-SE-x-icu" NOT NULL DEFAULT '';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "PlanMeetings" ADD "Day" date NOT NULL DEFAULT DATE '-infinity';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "PlanCostAllocations" ADD "MunicipalitySignatoryUserId" uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "PlanCostAllocations" ADD "RegionSignatoryUserId" uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "PlanActions" ADD "NotExecutedBy" date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "PlanActions" ADD "ReportedToIvoOn" date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "CountyPolicies" ADD "DeviationStepWorkingDays" integer NOT NULL DEFAULT 10;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "CountyPolicies" ADD "EscalationLadder" character varying(40) NOT NULL DEFAULT 'JamtlandHarjedalen';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    ALTER TABLE "CountyPolicies" ADD "FeedbackResponseWorkingDays" integer NOT NULL DEFAULT 10;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    CREATE INDEX "IX_PlanActions_Status_NotExecutedBy_PlanId" ON "PlanActions" ("Status", "NotExecutedBy", "PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    UPDATE "PlanMeetings" SET "Day" = ("StartsAt" AT TIME ZONE 'Europe/Stockholm')::date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207173816_DomainSecondRound') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261207173816_DomainSecondRound', '10.0.14');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Units" ADD "ActsForPrincipal" character varying(30);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Units" ADD "PrincipalOrganizationId" uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ALTER COLUMN "PersonIdentityNumber" DROP NOT NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "CommunicationInterpreterNeeded" boolean;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "CommunicationLanguage" character varying(100);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "CommunicationOtherSupport" character varying(1000);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "CommunicationRecordedAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "PersonBirthDate" date NOT NULL DEFAULT DATE '-infinity';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "PersonReserveNumber" character varying(20);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "PlacementCareContent" character varying(2000);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "PlacementLegalBasis" character varying(20);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "PlacementLvmCertificateWrittenAt" character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "PlacementLvmNotifiedBy" character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "PlacementLvmNotifiedOn" date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "PlacementMedicalCare" character varying(30);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "PlacementMedicalCareChosenByUnitId" uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "PlacementMotive" character varying(30);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "PlacementMotiveText" character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "ReportOfConcernForVersion" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "ReportOfConcernMade" boolean;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "ReportOfConcernMadeOn" date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "ReportOfConcernParentAndChildInformed" boolean;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "Plans" ADD "ReportOfConcernSocialServices" character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanParticipants" ADD "ForwardedToParticipantId" uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanParticipants" ADD "IsContractedProviderUnit" boolean NOT NULL DEFAULT FALSE;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanParticipants" ADD "MandateCoversConsent" boolean NOT NULL DEFAULT FALSE;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanParticipants" ADD "MandateScope" character varying(1000);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanParticipants" ADD "MandateValidUntil" date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanParticipants" ADD "RedirectReason" character varying(2000);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanNeeds" ADD "Area" character varying(40);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanConsents" ADD "NarrowedOrganizationIds" uuid[] NOT NULL DEFAULT ARRAY[]::uuid[];
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanConsents" ADD "RepresentativeCapacity" character varying(20);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanConsents" ADD "RepresentativeName" character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanConsents" ADD "RepresentativeParticipantId" uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanConsents" ADD "ScopeUnitIds" uuid[] NOT NULL DEFAULT ARRAY[]::uuid[];
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanConsents" ADD "WithdrawnByCapacity" character varying(20);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "PlanConsents" ADD "WithdrawnByName" character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "CountyPolicies" ADD "ContractedProvidersMayHoldOverallResponsibility" boolean NOT NULL DEFAULT FALSE;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "CountyPolicies" ADD "ReserveNumberDescription" character varying(200) NOT NULL DEFAULT 'ÅÅÅÅMMDD-XXXX: födelsedatum och fyra tecken varav minst en bokstav';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "CountyPolicies" ADD "ReserveNumberPattern" character varying(200) NOT NULL DEFAULT '(19|20)\d{6}(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    ALTER TABLE "CountyPolicies" ADD "ReserveNumberSystem" character varying(200) NOT NULL DEFAULT 'urn:sip:fhir:reservnummer';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    CREATE TABLE "PlanChildren" (
        "Id" uuid NOT NULL,
        "AgeYears" integer,
        "BirthYear" integer,
        "LivesWith" character varying(20) NOT NULL,
        "Custody" character varying(20) NOT NULL,
        "PlanId" uuid NOT NULL,
        CONSTRAINT "PK_PlanChildren" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_PlanChildren_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    CREATE INDEX "IX_Plans_PersonBirthDate" ON "Plans" ("PersonBirthDate");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    CREATE INDEX "IX_Plans_PersonReserveNumber" ON "Plans" ("PersonReserveNumber");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    CREATE INDEX "IX_PlanChildren_PlanId" ON "PlanChildren" ("PlanId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    UPDATE "Units" SET "ActsForPrincipal" = "OrganizationKind", "PrincipalOrganizationId" = "OrganizationId" WHERE "OrganizationKind" IN ('Municipality', 'Region');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    UPDATE "Units" SET "ActsForPrincipal" = (SELECT p."Kind" FROM "Organizations" o JOIN "Organizations" p ON p."Id" = o."ContractingPrincipalId" WHERE o."Id" = "Units"."OrganizationId"), "PrincipalOrganizationId" = (SELECT o."ContractingPrincipalId" FROM "Organizations" o WHERE o."Id" = "Units"."OrganizationId") WHERE "OrganizationKind" = 'ContractedProvider';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    UPDATE "PlanParticipants" SET "IsContractedProviderUnit" = TRUE WHERE "UnitId" IN (SELECT "Id" FROM "Units" WHERE "OrganizationKind" = 'ContractedProvider');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    UPDATE "Plans" SET "ReportOfConcernForVersion" = 1 + (SELECT COUNT(*) FROM "PlanVersions" v WHERE v."PlanId" = "Plans"."Id" AND v."EstablishedAt" < "Plans"."ReportOfConcernAssessedAt") WHERE "ReportOfConcernAssessedAt" IS NOT NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261207203911_SecondRoundPeopleAndPlacements') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261207203911_SecondRoundPeopleAndPlacements', '10.0.14');
    END IF;
END $EF$;
COMMIT;

