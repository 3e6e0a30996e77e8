using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sip.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Origin = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CountyPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    InvitationResponseWorkingDays = table.Column<int>(type: "int", nullable: false),
                    DaysToFirstMeeting = table.Column<int>(type: "int", nullable: false),
                    ActionAcceptanceWorkingDays = table.Column<int>(type: "int", nullable: false),
                    FollowUpIntervalDays = table.Column<int>(type: "int", nullable: false),
                    SipMeetingDaysAfterPlacement = table.Column<int>(type: "int", nullable: false),
                    CostAllocationWorkingDaysAfterAcutePlacement = table.Column<int>(type: "int", nullable: false),
                    DeviationStepWorkingDays = table.Column<int>(type: "int", nullable: false),
                    FeedbackResponseWorkingDays = table.Column<int>(type: "int", nullable: false),
                    ContractedProvidersMayHoldOverallResponsibility = table.Column<bool>(type: "bit", nullable: false),
                    EscalationLadder = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ReserveNumberPattern = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, defaultValue: "(19|20)\\d{6}(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}"),
                    ReserveNumberDescription = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, defaultValue: "ÅÅÅÅMMDD-XXXX: födelsedatum och fyra tecken varav minst en bokstav"),
                    ReserveNumberSystem = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, defaultValue: "urn:sip:fhir:reservnummer"),
                    ReminderDaysAfterDeadline = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountyPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxEntries",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxEntries", x => new { x.PlanId, x.ItemId });
                });

            migrationBuilder.CreateTable(
                name: "Organizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    OrganizationNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ContractingPrincipalId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Deadline = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Step = table.Column<int>(type: "int", nullable: true),
                    IsEscalation = table.Column<bool>(type: "bit", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Recipient = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RecipientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanNumberSeries",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanNumberSeries", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportOfConcernAssessedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReportOfConcernAssessment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ReportOfConcernForVersion = table.Column<int>(type: "int", nullable: true),
                    ReportOfConcernMade = table.Column<bool>(type: "bit", nullable: true),
                    ReportOfConcernMadeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportOfConcernSocialServices = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ReportOfConcernParentAndChildInformed = table.Column<bool>(type: "bit", nullable: true),
                    CommunicationInterpreterNeeded = table.Column<bool>(type: "bit", nullable: true),
                    CommunicationLanguage = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CommunicationOtherSupport = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CommunicationRecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReferenceNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PersonIdentityNumber = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    PersonReserveNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    PersonBirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PersonName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Finnish_Swedish_100_CI_AS"),
                    PersonSortName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Finnish_Swedish_100_CI_AS"),
                    PersonSearchName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PersonHasProtectedIdentity = table.Column<bool>(type: "bit", nullable: false),
                    PersonChildrenInHousehold = table.Column<bool>(type: "bit", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    OriginKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    InitiatingUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InitiatingOrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExternalCaseReference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    InitiatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlacementPlacingOrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PlacementResidentialUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PlacementDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacementStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacementIsAcute = table.Column<bool>(type: "bit", nullable: true),
                    PlacementPrecededBySip = table.Column<bool>(type: "bit", nullable: true),
                    PlacementSipMeetingDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacementCostAllocationDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacementCostAllocationSettledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacementLegalBasis = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    PlacementMotive = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    PlacementMotiveText = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PlacementCareContent = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PlacementMedicalCare = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    PlacementMedicalCareChosenByUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PlacementLvmNotifiedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PlacementLvmNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacementLvmCertificateWrittenAt = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PersonGoals = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    OverallResponsibleUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FirstMeetingDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FirstEstablishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CloseReason = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    CloseNote = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    FastCareContactUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FastCareContactName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    FastCareContactTelephone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    FastCareContactNamedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AnonymisedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    HsaId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Role = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    AreaOrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UnitIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    IsManager = table.Column<bool>(type: "bit", nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Language = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false, defaultValue: "sv")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationKind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ActsForPrincipal = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    PrincipalOrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HsaId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    InvitationMailbox = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActionTypeCode = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Principal = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OwningUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NeedId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ProposedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AcceptBy = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RejectionReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    NotExecutedBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportedToIvoOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Nature = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false, defaultValue: "NotSet"),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanActions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanChildren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgeYears = table.Column<int>(type: "int", nullable: true),
                    BirthYear = table.Column<int>(type: "int", nullable: true),
                    LivesWith = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Custody = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanChildren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanChildren_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GivenBy = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    GuardianNames = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Form = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    GivenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ScopeOrganizationIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ScopeUnitIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    NarrowedOrganizationIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RepresentativeParticipantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RepresentativeName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RepresentativeCapacity = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    WithdrawnByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    WithdrawnByCapacity = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    NextOfKinMayTakePart = table.Column<bool>(type: "bit", nullable: false),
                    ChildsView = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawalNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SupersededAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanConsents_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanCostAllocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ShareKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    MunicipalityShare = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    RegionShare = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    Basis = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ProposedByUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    MunicipalitySignatory = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    MunicipalitySignatoryTitle = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    MunicipalityAgreedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    MunicipalitySignatoryUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RegionSignatory = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RegionSignatoryTitle = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RegionAgreedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RegionSignatoryUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DisputeGround = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    DisputeReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DisputedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SupersededAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanCostAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanCostAllocations_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanDeviations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RaisedByUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CounterpartOrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    IsCostDispute = table.Column<bool>(type: "bit", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Level = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    StepDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeIdentifiedSummary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Resolution = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanDeviations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanDeviations_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanDocuments",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Shape = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanDocuments", x => x.PlanId);
                    table.ForeignKey(
                        name: "FK_PlanDocuments_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RoutedToUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RespondBy = table.Column<DateOnly>(type: "date", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Answer = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanFeedback_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DoneByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    ResultingVersion = table.Column<int>(type: "int", nullable: true),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanFollowUps_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Duration = table.Column<TimeSpan>(type: "time", nullable: false),
                    Location = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    VideoLink = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AttendeeParticipantIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    CancellationReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanMeetings_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanNeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Area = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanNeeds_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Relationship = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RespondBy = table.Column<DateOnly>(type: "date", nullable: true),
                    RespondedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RespondedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DeclineReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    IsContractedProviderUnit = table.Column<bool>(type: "bit", nullable: false),
                    RedirectReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ForwardedToParticipantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Email = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    MandateScope = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    MandateCoversConsent = table.Column<bool>(type: "bit", nullable: false),
                    MandateValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanParticipants_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    EstablishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EstablishedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonParticipated = table.Column<bool>(type: "bit", nullable: false),
                    PersonAbsenceReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PersonApprovedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ContentJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RedactedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanVersions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OccurredAt",
                table: "AuditEntries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PlanId_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "PlanId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UnitId_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "UnitId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "UserId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxEntries_UnitId_Kind_DueOn_ItemId_PlanId",
                table: "InboxEntries",
                columns: new[] { "UnitId", "Kind", "DueOn", "ItemId", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Name",
                table: "Organizations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_DeliveredAt_DueAt",
                table: "Outbox",
                columns: new[] { "DeliveredAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Key",
                table: "Outbox",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_RecipientId_Kind",
                table: "Outbox",
                columns: new[] { "RecipientId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_OwningUnitId_Status_AcceptBy_Id",
                table: "PlanActions",
                columns: new[] { "OwningUnitId", "Status", "AcceptBy", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_PlanId_Status",
                table: "PlanActions",
                columns: new[] { "PlanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_ProposedByUserId_Status",
                table: "PlanActions",
                columns: new[] { "ProposedByUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_Status_AcceptBy_PlanId",
                table: "PlanActions",
                columns: new[] { "Status", "AcceptBy", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_Status_NotExecutedBy_PlanId",
                table: "PlanActions",
                columns: new[] { "Status", "NotExecutedBy", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanChildren_PlanId",
                table: "PlanChildren",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanConsents_PlanId_WithdrawnAt_SupersededAt",
                table: "PlanConsents",
                columns: new[] { "PlanId", "WithdrawnAt", "SupersededAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanCostAllocations_PlanId",
                table: "PlanCostAllocations",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanDeviations_PlanId",
                table: "PlanDeviations",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanDeviations_ResolvedAt",
                table: "PlanDeviations",
                column: "ResolvedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PlanDeviations_ResolvedAt_StepDueOn",
                table: "PlanDeviations",
                columns: new[] { "ResolvedAt", "StepDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanFeedback_AnsweredAt_RespondBy",
                table: "PlanFeedback",
                columns: new[] { "AnsweredAt", "RespondBy" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanFeedback_PlanId",
                table: "PlanFeedback",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanFollowUps_DoneAt_DueOn_PlanId",
                table: "PlanFollowUps",
                columns: new[] { "DoneAt", "DueOn", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanFollowUps_PlanId",
                table: "PlanFollowUps",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanMeetings_PlanId",
                table: "PlanMeetings",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanMeetings_Status_StartsAt",
                table: "PlanMeetings",
                columns: new[] { "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanNeeds_PlanId",
                table: "PlanNeeds",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanParticipants_OrganizationId",
                table: "PlanParticipants",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanParticipants_PlanId",
                table: "PlanParticipants",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanParticipants_RespondBy_PlanId",
                table: "PlanParticipants",
                columns: new[] { "RespondBy", "PlanId" },
                filter: "\"State\" = 'Invited' AND \"UnitId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PlanParticipants_UnitId_State_RespondBy_Id",
                table: "PlanParticipants",
                columns: new[] { "UnitId", "State", "RespondBy", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_InitiatingOrganizationId_ExternalCaseReference",
                table: "Plans",
                columns: new[] { "InitiatingOrganizationId", "ExternalCaseReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_InitiatingUnitId",
                table: "Plans",
                column: "InitiatingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_OverallResponsibleUnitId",
                table: "Plans",
                column: "OverallResponsibleUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_PersonBirthDate",
                table: "Plans",
                column: "PersonBirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_PersonIdentityNumber",
                table: "Plans",
                column: "PersonIdentityNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_PersonReserveNumber",
                table: "Plans",
                column: "PersonReserveNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_PlacementCostAllocationDueOn",
                table: "Plans",
                column: "PlacementCostAllocationDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_PlacementSipMeetingDueOn",
                table: "Plans",
                column: "PlacementSipMeetingDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_ReferenceNumber",
                table: "Plans",
                column: "ReferenceNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Status",
                table: "Plans",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Status_ClosedAt",
                table: "Plans",
                columns: new[] { "Status", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Status_FirstMeetingDueOn",
                table: "Plans",
                columns: new[] { "Status", "FirstMeetingDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_PlanId_Number",
                table: "PlanVersions",
                columns: new[] { "PlanId", "Number" },
                unique: true)
                .Annotation("SqlServer:Include", new[] { "EstablishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Units_HsaId",
                table: "Units",
                column: "HsaId",
                unique: true,
                filter: "[HsaId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Units_OrganizationId",
                table: "Units",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Users_HsaId",
                table: "Users",
                column: "HsaId",
                unique: true,
                filter: "[HsaId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Users_UserName",
                table: "Users",
                column: "UserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CountyPolicies");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "InboxEntries");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "PlanActions");

            migrationBuilder.DropTable(
                name: "PlanChildren");

            migrationBuilder.DropTable(
                name: "PlanConsents");

            migrationBuilder.DropTable(
                name: "PlanCostAllocations");

            migrationBuilder.DropTable(
                name: "PlanDeviations");

            migrationBuilder.DropTable(
                name: "PlanDocuments");

            migrationBuilder.DropTable(
                name: "PlanFeedback");

            migrationBuilder.DropTable(
                name: "PlanFollowUps");

            migrationBuilder.DropTable(
                name: "PlanMeetings");

            migrationBuilder.DropTable(
                name: "PlanNeeds");

            migrationBuilder.DropTable(
                name: "PlanNumberSeries");

            migrationBuilder.DropTable(
                name: "PlanParticipants");

            migrationBuilder.DropTable(
                name: "PlanVersions");

            migrationBuilder.DropTable(
                name: "Units");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "Organizations");
        }
    }
}
