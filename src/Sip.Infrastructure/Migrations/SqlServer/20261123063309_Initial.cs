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
                    ReminderDaysAfterDeadline = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountyPolicies", x => x.Id);
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
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReferenceNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PersonIdentityNumber = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    PersonName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PersonHasProtectedIdentity = table.Column<bool>(type: "bit", nullable: false),
                    PersonChildrenInHousehold = table.Column<bool>(type: "bit", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    OriginKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    InitiatingUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InitiatingOrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExternalCaseReference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    InitiatedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlacementDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacementStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacementIsAcute = table.Column<bool>(type: "bit", nullable: true),
                    PlacementPrecededBySip = table.Column<bool>(type: "bit", nullable: true),
                    PlacementSipMeetingDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacementCostAllocationDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PersonGoals = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    OverallResponsibleUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FirstMeetingDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportOfConcernAssessedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReportOfConcernAssessment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CloseReason = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    CloseNote = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                    IsActive = table.Column<bool>(type: "bit", nullable: false)
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
                name: "IX_AuditEntries_PlanId_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "PlanId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "UserId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Name",
                table: "Organizations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_OwningUnitId_Status",
                table: "PlanActions",
                columns: new[] { "OwningUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_PlanId",
                table: "PlanActions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_Status_AcceptBy",
                table: "PlanActions",
                columns: new[] { "Status", "AcceptBy" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanConsents_PlanId",
                table: "PlanConsents",
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
                name: "IX_PlanFollowUps_DoneAt_DueOn",
                table: "PlanFollowUps",
                columns: new[] { "DoneAt", "DueOn" });

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
                name: "IX_PlanParticipants_PlanId",
                table: "PlanParticipants",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanParticipants_State_RespondBy",
                table: "PlanParticipants",
                columns: new[] { "State", "RespondBy" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanParticipants_UnitId",
                table: "PlanParticipants",
                column: "UnitId");

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
                name: "IX_Plans_PersonIdentityNumber",
                table: "Plans",
                column: "PersonIdentityNumber");

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
                name: "IX_Plans_Status_FirstMeetingDueOn",
                table: "Plans",
                columns: new[] { "Status", "FirstMeetingDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_PlanId_Number",
                table: "PlanVersions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

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
                name: "PlanActions");

            migrationBuilder.DropTable(
                name: "PlanConsents");

            migrationBuilder.DropTable(
                name: "PlanDeviations");

            migrationBuilder.DropTable(
                name: "PlanFollowUps");

            migrationBuilder.DropTable(
                name: "PlanMeetings");

            migrationBuilder.DropTable(
                name: "PlanNeeds");

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
