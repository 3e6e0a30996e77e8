IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] uniqueidentifier NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [UserId] uniqueidentifier NULL,
        [UnitId] uniqueidentifier NULL,
        [PlanId] uniqueidentifier NULL,
        [Kind] nvarchar(10) NOT NULL,
        [Action] nvarchar(100) NOT NULL,
        [Origin] nvarchar(100) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [CountyPolicies] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [InvitationResponseWorkingDays] int NOT NULL,
        [DaysToFirstMeeting] int NOT NULL,
        [ActionAcceptanceWorkingDays] int NOT NULL,
        [FollowUpIntervalDays] int NOT NULL,
        [SipMeetingDaysAfterPlacement] int NOT NULL,
        [CostAllocationWorkingDaysAfterAcutePlacement] int NOT NULL,
        [ReminderDaysAfterDeadline] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_CountyPolicies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [Organizations] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [OrganizationNumber] nvarchar(20) NULL,
        [ContractingPrincipalId] uniqueidentifier NULL,
        CONSTRAINT [PK_Organizations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [Plans] (
        [Id] uniqueidentifier NOT NULL,
        [ReferenceNumber] nvarchar(20) NOT NULL,
        [PersonIdentityNumber] nvarchar(12) NOT NULL,
        [PersonName] nvarchar(200) NOT NULL,
        [PersonHasProtectedIdentity] bit NOT NULL,
        [PersonChildrenInHousehold] bit NOT NULL,
        [Reason] nvarchar(4000) NOT NULL,
        [OriginKind] nvarchar(40) NOT NULL,
        [InitiatingUnitId] uniqueidentifier NOT NULL,
        [InitiatingOrganizationId] uniqueidentifier NOT NULL,
        [ExternalCaseReference] nvarchar(64) NOT NULL,
        [InitiatedByUserId] uniqueidentifier NOT NULL,
        [PlacementDecidedOn] date NULL,
        [PlacementStartedOn] date NULL,
        [PlacementIsAcute] bit NULL,
        [PlacementPrecededBySip] bit NULL,
        [PlacementSipMeetingDueOn] date NULL,
        [PlacementCostAllocationDueOn] date NULL,
        [Status] nvarchar(20) NOT NULL,
        [PersonGoals] nvarchar(max) NULL,
        [OverallResponsibleUnitId] uniqueidentifier NULL,
        [FirstMeetingDueOn] date NOT NULL,
        [ReportOfConcernAssessedAt] datetimeoffset NULL,
        [ReportOfConcernAssessment] nvarchar(4000) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [ClosedAt] datetimeoffset NULL,
        [CloseReason] nvarchar(30) NULL,
        [CloseNote] nvarchar(4000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Plans] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [Users] (
        [Id] uniqueidentifier NOT NULL,
        [UserName] nvarchar(100) NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [Title] nvarchar(100) NULL,
        [HsaId] nvarchar(40) NULL,
        [Role] nvarchar(30) NOT NULL,
        [AreaOrganizationId] uniqueidentifier NULL,
        [UnitIds] nvarchar(max) NOT NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_Users] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [Units] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [OrganizationKind] nvarchar(30) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [HsaId] nvarchar(40) NULL,
        [InvitationMailbox] nvarchar(320) NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_Units] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Units_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [PlanActions] (
        [Id] uniqueidentifier NOT NULL,
        [ActionTypeCode] nvarchar(80) NOT NULL,
        [Principal] nvarchar(20) NOT NULL,
        [OwningUnitId] uniqueidentifier NOT NULL,
        [NeedId] uniqueidentifier NULL,
        [Description] nvarchar(4000) NOT NULL,
        [StartOn] date NULL,
        [DueOn] date NULL,
        [Status] nvarchar(20) NOT NULL,
        [ProposedByUserId] uniqueidentifier NOT NULL,
        [ProposedAt] datetimeoffset NOT NULL,
        [AcceptBy] date NOT NULL,
        [DecidedByUserId] uniqueidentifier NULL,
        [DecidedAt] datetimeoffset NULL,
        [RejectionReason] nvarchar(2000) NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanActions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanActions_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [PlanConsents] (
        [Id] uniqueidentifier NOT NULL,
        [GivenBy] nvarchar(20) NOT NULL,
        [GuardianNames] nvarchar(400) NULL,
        [Form] nvarchar(20) NOT NULL,
        [GivenAt] datetimeoffset NOT NULL,
        [RecordedByUserId] uniqueidentifier NOT NULL,
        [ScopeOrganizationIds] nvarchar(max) NOT NULL,
        [NextOfKinMayTakePart] bit NOT NULL,
        [ChildsView] nvarchar(4000) NULL,
        [WithdrawnAt] datetimeoffset NULL,
        [WithdrawalNote] nvarchar(2000) NULL,
        [SupersededAt] datetimeoffset NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanConsents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanConsents_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [PlanDeviations] (
        [Id] uniqueidentifier NOT NULL,
        [RaisedByUnitId] uniqueidentifier NOT NULL,
        [CounterpartOrganizationId] uniqueidentifier NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [IsCostDispute] bit NOT NULL,
        [RaisedAt] datetimeoffset NOT NULL,
        [Level] nvarchar(30) NOT NULL,
        [DeIdentifiedSummary] nvarchar(4000) NULL,
        [ResolvedAt] datetimeoffset NULL,
        [Resolution] nvarchar(4000) NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanDeviations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanDeviations_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [PlanFollowUps] (
        [Id] uniqueidentifier NOT NULL,
        [DueOn] date NOT NULL,
        [DoneAt] datetimeoffset NULL,
        [DoneByUserId] uniqueidentifier NULL,
        [Summary] nvarchar(max) NULL,
        [ResultingVersion] int NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanFollowUps] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanFollowUps_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [PlanMeetings] (
        [Id] uniqueidentifier NOT NULL,
        [StartsAt] datetimeoffset NOT NULL,
        [Duration] time NOT NULL,
        [Location] nvarchar(400) NULL,
        [VideoLink] nvarchar(1000) NULL,
        [AttendeeParticipantIds] nvarchar(max) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Sequence] int NOT NULL,
        [CancellationReason] nvarchar(2000) NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanMeetings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanMeetings_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [PlanNeeds] (
        [Id] uniqueidentifier NOT NULL,
        [Description] nvarchar(2000) NOT NULL,
        [Order] int NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanNeeds] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanNeeds_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [PlanParticipants] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [UnitId] uniqueidentifier NULL,
        [OrganizationId] uniqueidentifier NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [Relationship] nvarchar(100) NULL,
        [State] nvarchar(20) NOT NULL,
        [InvitedAt] datetimeoffset NOT NULL,
        [RespondBy] date NULL,
        [RespondedAt] datetimeoffset NULL,
        [RespondedByUserId] uniqueidentifier NULL,
        [DeclineReason] nvarchar(2000) NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanParticipants] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanParticipants_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE TABLE [PlanVersions] (
        [Id] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [EstablishedAt] datetimeoffset NOT NULL,
        [EstablishedByUserId] uniqueidentifier NOT NULL,
        [PersonParticipated] bit NOT NULL,
        [PersonAbsenceReason] nvarchar(2000) NULL,
        [PersonApprovedAt] datetimeoffset NOT NULL,
        [ContentJson] nvarchar(max) NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanVersions_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PlanId_OccurredAt] ON [AuditEntries] ([PlanId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_UserId_OccurredAt] ON [AuditEntries] ([UserId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Organizations_Name] ON [Organizations] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanActions_OwningUnitId_Status] ON [PlanActions] ([OwningUnitId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanActions_PlanId] ON [PlanActions] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanActions_Status_AcceptBy] ON [PlanActions] ([Status], [AcceptBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanConsents_PlanId] ON [PlanConsents] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanDeviations_PlanId] ON [PlanDeviations] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanDeviations_ResolvedAt] ON [PlanDeviations] ([ResolvedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanFollowUps_DoneAt_DueOn] ON [PlanFollowUps] ([DoneAt], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanFollowUps_PlanId] ON [PlanFollowUps] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanMeetings_PlanId] ON [PlanMeetings] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanMeetings_Status_StartsAt] ON [PlanMeetings] ([Status], [StartsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanNeeds_PlanId] ON [PlanNeeds] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanParticipants_PlanId] ON [PlanParticipants] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanParticipants_State_RespondBy] ON [PlanParticipants] ([State], [RespondBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanParticipants_UnitId] ON [PlanParticipants] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Plans_InitiatingOrganizationId_ExternalCaseReference] ON [Plans] ([InitiatingOrganizationId], [ExternalCaseReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_InitiatingUnitId] ON [Plans] ([InitiatingUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_OverallResponsibleUnitId] ON [Plans] ([OverallResponsibleUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_PersonIdentityNumber] ON [Plans] ([PersonIdentityNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_PlacementCostAllocationDueOn] ON [Plans] ([PlacementCostAllocationDueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_PlacementSipMeetingDueOn] ON [Plans] ([PlacementSipMeetingDueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Plans_ReferenceNumber] ON [Plans] ([ReferenceNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_Status] ON [Plans] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_Status_FirstMeetingDueOn] ON [Plans] ([Status], [FirstMeetingDueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlanVersions_PlanId_Number] ON [PlanVersions] ([PlanId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Units_HsaId] ON [Units] ([HsaId]) WHERE [HsaId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE INDEX [IX_Units_OrganizationId] ON [Units] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Users_HsaId] ON [Users] ([HsaId]) WHERE [HsaId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Users_UserName] ON [Users] ([UserName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123063309_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123063309_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123085935_AddUserLanguage'
)
BEGIN
    ALTER TABLE [Users] ADD [Language] nvarchar(5) NOT NULL DEFAULT N'sv';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123085935_AddUserLanguage'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123085935_AddUserLanguage', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123095047_AddOutbox'
)
BEGIN
    CREATE TABLE [Outbox] (
        [Id] uniqueidentifier NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        [RecipientUnitId] uniqueidentifier NOT NULL,
        [SubjectId] uniqueidentifier NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [DueAt] datetimeoffset NOT NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(2000) NULL,
        [DeliveredAt] datetimeoffset NULL,
        [ClaimedUntil] datetimeoffset NULL,
        CONSTRAINT [PK_Outbox] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123095047_AddOutbox'
)
BEGIN
    CREATE INDEX [IX_Outbox_DeliveredAt_DueAt] ON [Outbox] ([DeliveredAt], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123095047_AddOutbox'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Outbox_Key] ON [Outbox] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123095047_AddOutbox'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123095047_AddOutbox', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123100212_AddReminders'
)
BEGIN
    ALTER TABLE [Outbox] ADD [Deadline] nvarchar(30) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123100212_AddReminders'
)
BEGIN
    ALTER TABLE [Outbox] ADD [IsEscalation] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123100212_AddReminders'
)
BEGIN
    ALTER TABLE [Outbox] ADD [Step] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123100212_AddReminders'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123100212_AddReminders', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105417_AddEscalationContacts'
)
BEGIN
    EXEC sp_rename N'[Outbox].[RecipientUnitId]', N'RecipientId', 'COLUMN';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105417_AddEscalationContacts'
)
BEGIN
    ALTER TABLE [Users] ADD [Email] nvarchar(320) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105417_AddEscalationContacts'
)
BEGIN
    ALTER TABLE [Users] ADD [IsManager] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105417_AddEscalationContacts'
)
BEGIN
    ALTER TABLE [Plans] ADD [PlacementCostAllocationSettledOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105417_AddEscalationContacts'
)
BEGIN
    ALTER TABLE [PlanParticipants] ADD [Email] nvarchar(320) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105417_AddEscalationContacts'
)
BEGIN
    ALTER TABLE [Outbox] ADD [Recipient] nvarchar(20) NOT NULL DEFAULT N'Unit';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105417_AddEscalationContacts'
)
BEGIN
    CREATE INDEX [IX_Outbox_RecipientId_Kind] ON [Outbox] ([RecipientId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123105417_AddEscalationContacts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123105417_AddEscalationContacts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114229_AddCostAllocationAndFeedback'
)
BEGIN
    ALTER TABLE [Plans] ADD [PlacementPlacingOrganizationId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114229_AddCostAllocationAndFeedback'
)
BEGIN
    ALTER TABLE [Plans] ADD [PlacementResidentialUnitId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114229_AddCostAllocationAndFeedback'
)
BEGIN
    ALTER TABLE [PlanDeviations] ADD [StepDueOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114229_AddCostAllocationAndFeedback'
)
BEGIN
    ALTER TABLE [PlanActions] ADD [Nature] nvarchar(20) NOT NULL DEFAULT N'NotSet';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114229_AddCostAllocationAndFeedback'
)
BEGIN
    CREATE TABLE [PlanCostAllocations] (
        [Id] uniqueidentifier NOT NULL,
        [ShareKind] nvarchar(20) NOT NULL,
        [MunicipalityShare] decimal(12,2) NOT NULL,
        [RegionShare] decimal(12,2) NOT NULL,
        [Basis] nvarchar(4000) NOT NULL,
        [ProposedByUnitId] uniqueidentifier NOT NULL,
        [ProposedAt] datetimeoffset NOT NULL,
        [State] nvarchar(20) NOT NULL,
        [MunicipalitySignatory] nvarchar(200) NULL,
        [MunicipalitySignatoryTitle] nvarchar(100) NULL,
        [MunicipalityAgreedAt] datetimeoffset NULL,
        [RegionSignatory] nvarchar(200) NULL,
        [RegionSignatoryTitle] nvarchar(100) NULL,
        [RegionAgreedAt] datetimeoffset NULL,
        [DisputeGround] nvarchar(40) NULL,
        [DisputeReason] nvarchar(4000) NULL,
        [DisputedAt] datetimeoffset NULL,
        [SupersededAt] datetimeoffset NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanCostAllocations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanCostAllocations_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114229_AddCostAllocationAndFeedback'
)
BEGIN
    CREATE TABLE [PlanFeedback] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [ReceivedOn] date NOT NULL,
        [RoutedToUnitId] uniqueidentifier NOT NULL,
        [RecordedByUserId] uniqueidentifier NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RespondBy] date NOT NULL,
        [AnsweredAt] datetimeoffset NULL,
        [Answer] nvarchar(4000) NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanFeedback] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanFeedback_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114229_AddCostAllocationAndFeedback'
)
BEGIN
    CREATE INDEX [IX_PlanDeviations_ResolvedAt_StepDueOn] ON [PlanDeviations] ([ResolvedAt], [StepDueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114229_AddCostAllocationAndFeedback'
)
BEGIN
    CREATE INDEX [IX_PlanCostAllocations_PlanId] ON [PlanCostAllocations] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114229_AddCostAllocationAndFeedback'
)
BEGIN
    CREATE INDEX [IX_PlanFeedback_AnsweredAt_RespondBy] ON [PlanFeedback] ([AnsweredAt], [RespondBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114229_AddCostAllocationAndFeedback'
)
BEGIN
    CREATE INDEX [IX_PlanFeedback_PlanId] ON [PlanFeedback] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123114229_AddCostAllocationAndFeedback'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123114229_AddCostAllocationAndFeedback', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123133918_AddAccessLogReviewIndexes'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OccurredAt] ON [AuditEntries] ([OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123133918_AddAccessLogReviewIndexes'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_UnitId_OccurredAt] ON [AuditEntries] ([UnitId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123133918_AddAccessLogReviewIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123133918_AddAccessLogReviewIndexes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123144357_AddGallring'
)
BEGIN
    ALTER TABLE [PlanVersions] ADD [RedactedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123144357_AddGallring'
)
BEGIN
    ALTER TABLE [Plans] ADD [AnonymisedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123144357_AddGallring'
)
BEGIN
    CREATE INDEX [IX_Plans_Status_ClosedAt] ON [Plans] ([Status], [ClosedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123144357_AddGallring'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123144357_AddGallring', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123165635_AddPlanNumberSeries'
)
BEGIN
    CREATE TABLE [PlanNumberSeries] (
        [Year] int NOT NULL,
        [Last] int NOT NULL,
        CONSTRAINT [PK_PlanNumberSeries] PRIMARY KEY ([Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123165635_AddPlanNumberSeries'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123165635_AddPlanNumberSeries', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175330_AddParticipantOrganizationIndex'
)
BEGIN
    CREATE INDEX [IX_PlanParticipants_OrganizationId] ON [PlanParticipants] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175330_AddParticipantOrganizationIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123175330_AddParticipantOrganizationIndex', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041337_AddInboxIndexes'
)
BEGIN
    DROP INDEX [IX_PlanParticipants_UnitId] ON [PlanParticipants];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041337_AddInboxIndexes'
)
BEGIN
    CREATE INDEX [IX_PlanParticipants_UnitId_State] ON [PlanParticipants] ([UnitId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041337_AddInboxIndexes'
)
BEGIN
    CREATE INDEX [IX_PlanActions_ProposedByUserId_Status] ON [PlanActions] ([ProposedByUserId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041337_AddInboxIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130041337_AddInboxIndexes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063546_AddOverviewIndexes'
)
BEGIN
    DROP INDEX [IX_PlanParticipants_State_RespondBy] ON [PlanParticipants];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063546_AddOverviewIndexes'
)
BEGIN
    DROP INDEX [IX_PlanFollowUps_DoneAt_DueOn] ON [PlanFollowUps];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063546_AddOverviewIndexes'
)
BEGIN
    DROP INDEX [IX_PlanConsents_PlanId] ON [PlanConsents];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063546_AddOverviewIndexes'
)
BEGIN
    DROP INDEX [IX_PlanActions_PlanId] ON [PlanActions];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063546_AddOverviewIndexes'
)
BEGIN
    DROP INDEX [IX_PlanActions_Status_AcceptBy] ON [PlanActions];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063546_AddOverviewIndexes'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_PlanParticipants_RespondBy_PlanId] ON [PlanParticipants] ([RespondBy], [PlanId]) WHERE "State" = ''Invited'' AND "UnitId" IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063546_AddOverviewIndexes'
)
BEGIN
    CREATE INDEX [IX_PlanFollowUps_DoneAt_DueOn_PlanId] ON [PlanFollowUps] ([DoneAt], [DueOn], [PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063546_AddOverviewIndexes'
)
BEGIN
    CREATE INDEX [IX_PlanConsents_PlanId_WithdrawnAt_SupersededAt] ON [PlanConsents] ([PlanId], [WithdrawnAt], [SupersededAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063546_AddOverviewIndexes'
)
BEGIN
    CREATE INDEX [IX_PlanActions_PlanId_Status] ON [PlanActions] ([PlanId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063546_AddOverviewIndexes'
)
BEGIN
    CREATE INDEX [IX_PlanActions_Status_AcceptBy_PlanId] ON [PlanActions] ([Status], [AcceptBy], [PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063546_AddOverviewIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130063546_AddOverviewIndexes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130073428_IncludeVersionDateInPlanIndex'
)
BEGIN
    DROP INDEX [IX_PlanVersions_PlanId_Number] ON [PlanVersions];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130073428_IncludeVersionDateInPlanIndex'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlanVersions_PlanId_Number] ON [PlanVersions] ([PlanId], [Number]) INCLUDE ([EstablishedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130073428_IncludeVersionDateInPlanIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130073428_IncludeVersionDateInPlanIndex', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081326_AddDataProtectionKeys'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130081326_AddDataProtectionKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130081326_AddDataProtectionKeys', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130121605_InboxPageIndexes'
)
BEGIN
    DROP INDEX [IX_PlanParticipants_UnitId_State] ON [PlanParticipants];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130121605_InboxPageIndexes'
)
BEGIN
    DROP INDEX [IX_PlanActions_OwningUnitId_Status] ON [PlanActions];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130121605_InboxPageIndexes'
)
BEGIN
    CREATE INDEX [IX_PlanParticipants_UnitId_State_RespondBy_Id] ON [PlanParticipants] ([UnitId], [State], [RespondBy], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130121605_InboxPageIndexes'
)
BEGIN
    CREATE INDEX [IX_PlanActions_OwningUnitId_Status_AcceptBy_Id] ON [PlanActions] ([OwningUnitId], [Status], [AcceptBy], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130121605_InboxPageIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130121605_InboxPageIndexes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130124712_AddFirstEstablishedAt'
)
BEGIN
    ALTER TABLE [Plans] ADD [FirstEstablishedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130124712_AddFirstEstablishedAt'
)
BEGIN
    EXEC(N'UPDATE [Plans] SET [FirstEstablishedAt] =
        (SELECT v.[EstablishedAt] FROM [PlanVersions] AS v WHERE v.[PlanId] = [Plans].[Id] AND v.[Number] = 1)');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130124712_AddFirstEstablishedAt'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130124712_AddFirstEstablishedAt', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201062134_AddInboxEntries'
)
BEGIN
    CREATE TABLE [InboxEntries] (
        [PlanId] uniqueidentifier NOT NULL,
        [ItemId] uniqueidentifier NOT NULL,
        [UnitId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [DueOn] date NULL,
        CONSTRAINT [PK_InboxEntries] PRIMARY KEY ([PlanId], [ItemId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201062134_AddInboxEntries'
)
BEGIN
    CREATE INDEX [IX_InboxEntries_UnitId_Kind_DueOn] ON [InboxEntries] ([UnitId], [Kind], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201062134_AddInboxEntries'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201062134_AddInboxEntries', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201125934_InboxEntriesInPageOrder'
)
BEGIN
    DROP INDEX [IX_InboxEntries_UnitId_Kind_DueOn] ON [InboxEntries];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201125934_InboxEntriesInPageOrder'
)
BEGIN
    CREATE INDEX [IX_InboxEntries_UnitId_Kind_DueOn_ItemId_PlanId] ON [InboxEntries] ([UnitId], [Kind], [DueOn], [ItemId], [PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201125934_InboxEntriesInPageOrder'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201125934_InboxEntriesInPageOrder', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201175431_AddPlanDocuments'
)
BEGIN
    CREATE TABLE [PlanDocuments] (
        [PlanId] uniqueidentifier NOT NULL,
        [Version] int NOT NULL,
        [Shape] int NOT NULL,
        [Content] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_PlanDocuments] PRIMARY KEY ([PlanId]),
        CONSTRAINT [FK_PlanDocuments_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201175431_AddPlanDocuments'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201175431_AddPlanDocuments', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Plans]') AND [c].[name] = N'PersonName');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Plans] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Plans] ALTER COLUMN [PersonName] nvarchar(200) COLLATE Finnish_Swedish_100_CI_AS NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [Plans] ADD [FastCareContactName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [Plans] ADD [FastCareContactNamedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [Plans] ADD [FastCareContactTelephone] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [Plans] ADD [FastCareContactUnitId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [Plans] ADD [PersonSearchName] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [Plans] ADD [PersonSortName] nvarchar(200) COLLATE Finnish_Swedish_100_CI_AS NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [PlanMeetings] ADD [Day] date NOT NULL DEFAULT '0001-01-01';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [PlanCostAllocations] ADD [MunicipalitySignatoryUserId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [PlanCostAllocations] ADD [RegionSignatoryUserId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [PlanActions] ADD [NotExecutedBy] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [PlanActions] ADD [ReportedToIvoOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [CountyPolicies] ADD [DeviationStepWorkingDays] int NOT NULL DEFAULT 10;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [CountyPolicies] ADD [EscalationLadder] nvarchar(40) NOT NULL DEFAULT N'JamtlandHarjedalen';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    ALTER TABLE [CountyPolicies] ADD [FeedbackResponseWorkingDays] int NOT NULL DEFAULT 10;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    CREATE INDEX [IX_PlanActions_Status_NotExecutedBy_PlanId] ON [PlanActions] ([Status], [NotExecutedBy], [PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    EXEC(N'UPDATE [PlanMeetings] SET [Day] = CONVERT(date, [StartsAt] AT TIME ZONE ''W. Europe Standard Time'')');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207173820_DomainSecondRound'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207173820_DomainSecondRound', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Units] ADD [ActsForPrincipal] nvarchar(30) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Units] ADD [PrincipalOrganizationId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Plans]') AND [c].[name] = N'PersonIdentityNumber');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [Plans] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [Plans] ALTER COLUMN [PersonIdentityNumber] nvarchar(12) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [CommunicationInterpreterNeeded] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [CommunicationLanguage] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [CommunicationOtherSupport] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [CommunicationRecordedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [PersonBirthDate] date NOT NULL DEFAULT '0001-01-01';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [PersonReserveNumber] nvarchar(20) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [PlacementCareContent] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [PlacementLegalBasis] nvarchar(20) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [PlacementLvmCertificateWrittenAt] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [PlacementLvmNotifiedBy] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [PlacementLvmNotifiedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [PlacementMedicalCare] nvarchar(30) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [PlacementMedicalCareChosenByUnitId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [PlacementMotive] nvarchar(30) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [PlacementMotiveText] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [ReportOfConcernForVersion] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [ReportOfConcernMade] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [ReportOfConcernMadeOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [ReportOfConcernParentAndChildInformed] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [Plans] ADD [ReportOfConcernSocialServices] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanParticipants] ADD [ForwardedToParticipantId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanParticipants] ADD [IsContractedProviderUnit] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanParticipants] ADD [MandateCoversConsent] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanParticipants] ADD [MandateScope] nvarchar(1000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanParticipants] ADD [MandateValidUntil] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanParticipants] ADD [RedirectReason] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanNeeds] ADD [Area] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanConsents] ADD [NarrowedOrganizationIds] nvarchar(max) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanConsents] ADD [RepresentativeCapacity] nvarchar(20) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanConsents] ADD [RepresentativeName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanConsents] ADD [RepresentativeParticipantId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanConsents] ADD [ScopeUnitIds] nvarchar(max) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanConsents] ADD [WithdrawnByCapacity] nvarchar(20) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [PlanConsents] ADD [WithdrawnByName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [CountyPolicies] ADD [ContractedProvidersMayHoldOverallResponsibility] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [CountyPolicies] ADD [ReserveNumberDescription] nvarchar(200) NOT NULL DEFAULT N'ÅÅÅÅMMDD-XXXX: födelsedatum och fyra tecken varav minst en bokstav';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [CountyPolicies] ADD [ReserveNumberPattern] nvarchar(200) NOT NULL DEFAULT N'(19|20)\d{6}(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    ALTER TABLE [CountyPolicies] ADD [ReserveNumberSystem] nvarchar(200) NOT NULL DEFAULT N'urn:sip:fhir:reservnummer';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    CREATE TABLE [PlanChildren] (
        [Id] uniqueidentifier NOT NULL,
        [AgeYears] int NULL,
        [BirthYear] int NULL,
        [LivesWith] nvarchar(20) NOT NULL,
        [Custody] nvarchar(20) NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanChildren] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanChildren_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    CREATE INDEX [IX_Plans_PersonBirthDate] ON [Plans] ([PersonBirthDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    CREATE INDEX [IX_Plans_PersonReserveNumber] ON [Plans] ([PersonReserveNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    CREATE INDEX [IX_PlanChildren_PlanId] ON [PlanChildren] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    UPDATE "Units" SET "ActsForPrincipal" = "OrganizationKind", "PrincipalOrganizationId" = "OrganizationId" WHERE "OrganizationKind" IN ('Municipality', 'Region');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    UPDATE "Units" SET "ActsForPrincipal" = (SELECT p."Kind" FROM "Organizations" o JOIN "Organizations" p ON p."Id" = o."ContractingPrincipalId" WHERE o."Id" = "Units"."OrganizationId"), "PrincipalOrganizationId" = (SELECT o."ContractingPrincipalId" FROM "Organizations" o WHERE o."Id" = "Units"."OrganizationId") WHERE "OrganizationKind" = 'ContractedProvider';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    UPDATE "PlanParticipants" SET "IsContractedProviderUnit" = 1 WHERE "UnitId" IN (SELECT "Id" FROM "Units" WHERE "OrganizationKind" = 'ContractedProvider');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    UPDATE "Plans" SET "ReportOfConcernForVersion" = 1 + (SELECT COUNT(*) FROM "PlanVersions" v WHERE v."PlanId" = "Plans"."Id" AND v."EstablishedAt" < "Plans"."ReportOfConcernAssessedAt") WHERE "ReportOfConcernAssessedAt" IS NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203936_SecondRoundPeopleAndPlacements'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207203936_SecondRoundPeopleAndPlacements', N'10.0.14');
END;

COMMIT;
GO

