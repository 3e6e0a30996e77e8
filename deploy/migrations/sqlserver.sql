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
    WHERE [MigrationId] = N'20261208021334_Initial'
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
    WHERE [MigrationId] = N'20261208021334_Initial'
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
        [DeviationStepWorkingDays] int NOT NULL,
        [FeedbackResponseWorkingDays] int NOT NULL,
        [ContractedProvidersMayHoldOverallResponsibility] bit NOT NULL,
        [EscalationLadder] nvarchar(40) NOT NULL,
        [ReserveNumberPattern] nvarchar(200) NOT NULL DEFAULT N'(19|20)\d{6}(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}',
        [ReserveNumberDescription] nvarchar(200) NOT NULL DEFAULT N'ÅÅÅÅMMDD-XXXX: födelsedatum och fyra tecken varav minst en bokstav',
        [ReserveNumberSystem] nvarchar(200) NOT NULL DEFAULT N'urn:sip:fhir:reservnummer',
        [ReminderDaysAfterDeadline] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_CountyPolicies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
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
    WHERE [MigrationId] = N'20261208021334_Initial'
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
    WHERE [MigrationId] = N'20261208021334_Initial'
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
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE TABLE [Outbox] (
        [Id] uniqueidentifier NOT NULL,
        [Deadline] nvarchar(30) NULL,
        [Step] int NULL,
        [IsEscalation] bit NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        [Recipient] nvarchar(20) NOT NULL,
        [RecipientId] uniqueidentifier NOT NULL,
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
    WHERE [MigrationId] = N'20261208021334_Initial'
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
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE TABLE [Plans] (
        [Id] uniqueidentifier NOT NULL,
        [ReportOfConcernAssessedAt] datetimeoffset NULL,
        [ReportOfConcernAssessment] nvarchar(4000) NULL,
        [ReportOfConcernForVersion] int NULL,
        [ReportOfConcernMade] bit NULL,
        [ReportOfConcernMadeOn] date NULL,
        [ReportOfConcernSocialServices] nvarchar(200) NULL,
        [ReportOfConcernParentAndChildInformed] bit NULL,
        [CommunicationInterpreterNeeded] bit NULL,
        [CommunicationLanguage] nvarchar(100) NULL,
        [CommunicationOtherSupport] nvarchar(1000) NULL,
        [CommunicationRecordedAt] datetimeoffset NULL,
        [ReferenceNumber] nvarchar(20) NOT NULL,
        [PersonIdentityNumber] nvarchar(12) NULL,
        [PersonReserveNumber] nvarchar(20) NULL,
        [PersonBirthDate] date NOT NULL,
        [PersonName] nvarchar(200) COLLATE Finnish_Swedish_100_CI_AS NOT NULL,
        [PersonSortName] nvarchar(200) COLLATE Finnish_Swedish_100_CI_AS NOT NULL,
        [PersonSearchName] nvarchar(200) NOT NULL,
        [PersonHasProtectedIdentity] bit NOT NULL,
        [PersonChildrenInHousehold] bit NOT NULL,
        [Reason] nvarchar(4000) NOT NULL,
        [OriginKind] nvarchar(40) NOT NULL,
        [InitiatingUnitId] uniqueidentifier NOT NULL,
        [InitiatingOrganizationId] uniqueidentifier NOT NULL,
        [ExternalCaseReference] nvarchar(64) NOT NULL,
        [InitiatedByUserId] uniqueidentifier NOT NULL,
        [PlacementPlacingOrganizationId] uniqueidentifier NULL,
        [PlacementResidentialUnitId] uniqueidentifier NULL,
        [PlacementDecidedOn] date NULL,
        [PlacementStartedOn] date NULL,
        [PlacementIsAcute] bit NULL,
        [PlacementPrecededBySip] bit NULL,
        [PlacementSipMeetingDueOn] date NULL,
        [PlacementCostAllocationDueOn] date NULL,
        [PlacementCostAllocationSettledOn] date NULL,
        [PlacementLegalBasis] nvarchar(20) NULL,
        [PlacementMotive] nvarchar(30) NULL,
        [PlacementMotiveText] nvarchar(200) NULL,
        [PlacementCareContent] nvarchar(2000) NULL,
        [PlacementMedicalCare] nvarchar(30) NULL,
        [PlacementMedicalCareChosenByUnitId] uniqueidentifier NULL,
        [PlacementLvmNotifiedBy] nvarchar(200) NULL,
        [PlacementLvmNotifiedOn] date NULL,
        [PlacementLvmCertificateWrittenAt] nvarchar(200) NULL,
        [Status] nvarchar(20) NOT NULL,
        [PersonGoals] nvarchar(max) NULL,
        [OverallResponsibleUnitId] uniqueidentifier NULL,
        [FirstMeetingDueOn] date NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [ClosedAt] datetimeoffset NULL,
        [FirstEstablishedAt] datetimeoffset NULL,
        [CloseReason] nvarchar(30) NULL,
        [CloseNote] nvarchar(4000) NULL,
        [Version] int NOT NULL,
        [FastCareContactUnitId] uniqueidentifier NULL,
        [FastCareContactName] nvarchar(200) NULL,
        [FastCareContactTelephone] nvarchar(40) NULL,
        [FastCareContactNamedAt] datetimeoffset NULL,
        [AnonymisedAt] datetimeoffset NULL,
        CONSTRAINT [PK_Plans] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
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
        [Email] nvarchar(320) NULL,
        [IsManager] bit NOT NULL,
        [IsActive] bit NOT NULL,
        [Language] nvarchar(5) NOT NULL DEFAULT N'sv',
        CONSTRAINT [PK_Users] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE TABLE [Units] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [OrganizationKind] nvarchar(30) NOT NULL,
        [ActsForPrincipal] nvarchar(30) NULL,
        [PrincipalOrganizationId] uniqueidentifier NULL,
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
    WHERE [MigrationId] = N'20261208021334_Initial'
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
        [NotExecutedBy] date NULL,
        [ReportedToIvoOn] date NULL,
        [Nature] nvarchar(20) NOT NULL DEFAULT N'NotSet',
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanActions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanActions_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
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
    WHERE [MigrationId] = N'20261208021334_Initial'
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
        [ScopeUnitIds] nvarchar(max) NOT NULL,
        [NarrowedOrganizationIds] nvarchar(max) NOT NULL,
        [RepresentativeParticipantId] uniqueidentifier NULL,
        [RepresentativeName] nvarchar(200) NULL,
        [RepresentativeCapacity] nvarchar(20) NULL,
        [WithdrawnByName] nvarchar(200) NULL,
        [WithdrawnByCapacity] nvarchar(20) NULL,
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
    WHERE [MigrationId] = N'20261208021334_Initial'
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
        [MunicipalitySignatoryUserId] uniqueidentifier NULL,
        [RegionSignatory] nvarchar(200) NULL,
        [RegionSignatoryTitle] nvarchar(100) NULL,
        [RegionAgreedAt] datetimeoffset NULL,
        [RegionSignatoryUserId] uniqueidentifier NULL,
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
    WHERE [MigrationId] = N'20261208021334_Initial'
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
        [StepDueOn] date NULL,
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
    WHERE [MigrationId] = N'20261208021334_Initial'
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
    WHERE [MigrationId] = N'20261208021334_Initial'
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
    WHERE [MigrationId] = N'20261208021334_Initial'
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
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE TABLE [PlanMeetings] (
        [Id] uniqueidentifier NOT NULL,
        [StartsAt] datetimeoffset NOT NULL,
        [Day] date NOT NULL,
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
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE TABLE [PlanNeeds] (
        [Id] uniqueidentifier NOT NULL,
        [Description] nvarchar(2000) NOT NULL,
        [Order] int NOT NULL,
        [Area] nvarchar(40) NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanNeeds] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanNeeds_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
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
        [IsContractedProviderUnit] bit NOT NULL,
        [RedirectReason] nvarchar(2000) NULL,
        [ForwardedToParticipantId] uniqueidentifier NULL,
        [Email] nvarchar(320) NULL,
        [MandateScope] nvarchar(1000) NULL,
        [MandateCoversConsent] bit NOT NULL,
        [MandateValidUntil] date NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanParticipants] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanParticipants_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
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
        [RedactedAt] datetimeoffset NULL,
        [PlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PlanVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanVersions_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OccurredAt] ON [AuditEntries] ([OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PlanId_OccurredAt] ON [AuditEntries] ([PlanId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_UnitId_OccurredAt] ON [AuditEntries] ([UnitId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_UserId_OccurredAt] ON [AuditEntries] ([UserId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_InboxEntries_UnitId_Kind_DueOn_ItemId_PlanId] ON [InboxEntries] ([UnitId], [Kind], [DueOn], [ItemId], [PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Organizations_Name] ON [Organizations] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_Outbox_DeliveredAt_DueAt] ON [Outbox] ([DeliveredAt], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Outbox_Key] ON [Outbox] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_Outbox_RecipientId_Kind] ON [Outbox] ([RecipientId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanActions_OwningUnitId_Status_AcceptBy_Id] ON [PlanActions] ([OwningUnitId], [Status], [AcceptBy], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanActions_PlanId_Status] ON [PlanActions] ([PlanId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanActions_ProposedByUserId_Status] ON [PlanActions] ([ProposedByUserId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanActions_Status_AcceptBy_PlanId] ON [PlanActions] ([Status], [AcceptBy], [PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanActions_Status_NotExecutedBy_PlanId] ON [PlanActions] ([Status], [NotExecutedBy], [PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanChildren_PlanId] ON [PlanChildren] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanConsents_PlanId_WithdrawnAt_SupersededAt] ON [PlanConsents] ([PlanId], [WithdrawnAt], [SupersededAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanCostAllocations_PlanId] ON [PlanCostAllocations] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanDeviations_PlanId] ON [PlanDeviations] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanDeviations_ResolvedAt] ON [PlanDeviations] ([ResolvedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanDeviations_ResolvedAt_StepDueOn] ON [PlanDeviations] ([ResolvedAt], [StepDueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanFeedback_AnsweredAt_RespondBy] ON [PlanFeedback] ([AnsweredAt], [RespondBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanFeedback_PlanId] ON [PlanFeedback] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanFollowUps_DoneAt_DueOn_PlanId] ON [PlanFollowUps] ([DoneAt], [DueOn], [PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanFollowUps_PlanId] ON [PlanFollowUps] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanMeetings_PlanId] ON [PlanMeetings] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanMeetings_Status_StartsAt] ON [PlanMeetings] ([Status], [StartsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanNeeds_PlanId] ON [PlanNeeds] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanParticipants_OrganizationId] ON [PlanParticipants] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanParticipants_PlanId] ON [PlanParticipants] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_PlanParticipants_RespondBy_PlanId] ON [PlanParticipants] ([RespondBy], [PlanId]) WHERE "State" = ''Invited'' AND "UnitId" IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_PlanParticipants_UnitId_State_RespondBy_Id] ON [PlanParticipants] ([UnitId], [State], [RespondBy], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Plans_InitiatingOrganizationId_ExternalCaseReference] ON [Plans] ([InitiatingOrganizationId], [ExternalCaseReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_InitiatingUnitId] ON [Plans] ([InitiatingUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_OverallResponsibleUnitId] ON [Plans] ([OverallResponsibleUnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_PersonBirthDate] ON [Plans] ([PersonBirthDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_PersonIdentityNumber] ON [Plans] ([PersonIdentityNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_PersonReserveNumber] ON [Plans] ([PersonReserveNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_PlacementCostAllocationDueOn] ON [Plans] ([PlacementCostAllocationDueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_PlacementSipMeetingDueOn] ON [Plans] ([PlacementSipMeetingDueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Plans_ReferenceNumber] ON [Plans] ([ReferenceNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_Status] ON [Plans] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_Status_ClosedAt] ON [Plans] ([Status], [ClosedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_Plans_Status_FirstMeetingDueOn] ON [Plans] ([Status], [FirstMeetingDueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlanVersions_PlanId_Number] ON [PlanVersions] ([PlanId], [Number]) INCLUDE ([EstablishedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Units_HsaId] ON [Units] ([HsaId]) WHERE [HsaId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE INDEX [IX_Units_OrganizationId] ON [Units] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Users_HsaId] ON [Users] ([HsaId]) WHERE [HsaId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Users_UserName] ON [Users] ([UserName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208021334_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261208021334_Initial', N'10.0.14');
END;

COMMIT;
GO

