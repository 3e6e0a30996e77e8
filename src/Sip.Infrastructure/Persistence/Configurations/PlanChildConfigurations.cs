using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sip.Domain.Plans;

namespace Sip.Infrastructure.Persistence.Configurations;

// Child ids are set by the domain, never by the database: EF must insert a child it finds new
// in the aggregate rather than take it for an existing row.
internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.ToTable("PlanParticipants");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.DisplayName).HasMaxLength(200).IsRequired();
        b.Property(x => x.Relationship).HasMaxLength(100);
        b.Property(x => x.Email).HasMaxLength(320);
        b.Property(x => x.DeclineReason).HasMaxLength(2000);
        b.Property(x => x.RedirectReason).HasMaxLength(2000);
        b.Property(x => x.MandateScope).HasMaxLength(1000);
        b.Ignore(x => x.Mandate);
        b.Ignore(x => x.IsObliged);
        b.Ignore(x => x.TakesPart);
        b.Ignore(x => x.IsUnit);
        // The unit's invitations to answer, in the inbox, straight from the index; on UnitId alone the
        // database combined it with the State index and read every open invitation in the country.
        // In the inbox's order (answer date, then id), so a page is a seek that stops when it is full
        // instead of testing every invitation of the unit against the access rule and sorting them.
        b.HasIndex(x => new { x.UnitId, x.State, x.RespondBy, x.Id });

        // Only the kallelser awaiting a unit's answer, by answer date and with their plan: the
        // deadline scan finds them by it, and the overview counts those of an area from it alone.
        // The filter is quoted as the SQL standard has it, which all three databases read.
        b.Property<Guid>("PlanId");
        b.HasIndex(nameof(Participant.RespondBy), "PlanId").HasFilter("\"State\" = 'Invited' AND \"UnitId\" IS NOT NULL");

        // The SIP-stödjare's area: the plans her organisation takes part in.
        b.HasIndex(x => x.OrganizationId);
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("PlanConsents");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.GivenBy).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Form).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.GuardianNames).HasMaxLength(400);
        b.Property(x => x.ChildsView).HasMaxLength(4000);
        b.Property(x => x.WithdrawalNote).HasMaxLength(2000);
        b.PrimitiveCollection(x => x.ScopeOrganizationIds).HasField("_scopeOrganizationIds")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
        b.PrimitiveCollection(x => x.ScopeUnitIds).HasField("_scopeUnitIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.PrimitiveCollection(x => x.NarrowedOrganizationIds).HasField("_narrowedOrganizationIds")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(x => x.RepresentativeName).HasMaxLength(200);
        b.Property(x => x.RepresentativeCapacity).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.WithdrawnByName).HasMaxLength(200);
        b.Property(x => x.WithdrawnByCapacity).HasConversion<string>().HasMaxLength(20);
        b.Ignore(x => x.IsActive);

        // The plan's own index, carrying what makes a consent in force: whether a plan has one is
        // answered from the index alone, as the SIP-stödjare's overview asks for every plan.
        b.Property<Guid>("PlanId");
        b.HasIndex("PlanId", nameof(ConsentRecord.WithdrawnAt), nameof(ConsentRecord.SupersededAt));
    }
}

internal sealed class ActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> b)
    {
        b.ToTable("PlanActions");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ActionTypeCode).HasMaxLength(80).IsRequired();
        b.Property(x => x.Principal).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Nature).HasConversion<string>().HasMaxLength(20)
            .HasDefaultValue(ActionNature.NotSet).HasSentinel(ActionNature.NotSet);
        b.Property(x => x.Description).HasMaxLength(4000).IsRequired();
        b.Property(x => x.RejectionReason).HasMaxLength(2000);
        b.Ignore(x => x.IsInPlan);
        // The unit's insatser to accept in the inbox's order (answer date, then id): a page is a seek.
        b.HasIndex(x => new { x.OwningUnitId, x.Status, x.AcceptBy, x.Id });

        // The plan's own index carries the status, and the deadline index the plan: the overview
        // asks of every plan whether an insats awaits an answer, and counts the insatser past their
        // answer date in the whole country, from the indexes alone.
        b.Property<Guid>("PlanId");
        b.HasIndex("PlanId", nameof(PlanAction.Status));
        b.HasIndex(nameof(PlanAction.Status), nameof(PlanAction.AcceptBy), "PlanId");

        // Rule 22 by the same way: the granted insatser past their three months, in the whole country.
        b.HasIndex(nameof(PlanAction.Status), nameof(PlanAction.NotExecutedBy), "PlanId");

        // The user's rejected proposals, in the inbox: without it, every rejected insats in the country.
        b.HasIndex(x => new { x.ProposedByUserId, x.Status });
    }
}

internal sealed class NeedConfiguration : IEntityTypeConfiguration<Need>
{
    public void Configure(EntityTypeBuilder<Need> b)
    {
        b.ToTable("PlanNeeds");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Description).HasMaxLength(2000).IsRequired();
        b.Property(x => x.Area).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.ToTable("PlanMeetings");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Location).HasMaxLength(400);
        b.Property(x => x.VideoLink).HasMaxLength(1000);
        b.Property(x => x.CancellationReason).HasMaxLength(2000);
        b.PrimitiveCollection(x => x.AttendeeParticipantIds).HasField("_attendeeParticipantIds")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => new { x.Status, x.StartsAt });
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.ToTable("PlanFollowUps");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Summary).HasMaxLength(8000);
        b.Ignore(x => x.IsDone);

        // The deadline index carries the plan, so the follow-ups past due in the country are met
        // with a SIP-stödjare's area without reading each of them.
        b.Property<Guid>("PlanId");
        b.HasIndex(nameof(FollowUp.DoneAt), nameof(FollowUp.DueOn), "PlanId");
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> b)
    {
        b.ToTable("PlanVersions");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.PersonAbsenceReason).HasMaxLength(2000);
        b.Property(x => x.ContentJson).IsRequired();

        // The process statistics ask of every plan of an area whether its first version was
        // established in the year: carrying the date, the key's index answers without the row.
        var byPlan = b.HasIndex("PlanId", nameof(PlanVersion.Number)).IsUnique();
        NpgsqlIndexBuilderExtensions.IncludeProperties(byPlan, nameof(PlanVersion.EstablishedAt));
        SqlServerIndexBuilderExtensions.IncludeProperties(byPlan, nameof(PlanVersion.EstablishedAt));
    }
}

internal sealed class DeviationConfiguration : IEntityTypeConfiguration<Deviation>
{
    public void Configure(EntityTypeBuilder<Deviation> b)
    {
        b.ToTable("PlanDeviations");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Description).HasMaxLength(4000).IsRequired();
        b.Property(x => x.DeIdentifiedSummary).HasMaxLength(4000);
        b.Property(x => x.Resolution).HasMaxLength(4000);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(30);
        b.Ignore(x => x.IsOpen);
        b.HasIndex(x => x.ResolvedAt);
        b.HasIndex(x => new { x.ResolvedAt, x.StepDueOn });
    }
}

internal sealed class CostAllocationConfiguration : IEntityTypeConfiguration<CostAllocation>
{
    public void Configure(EntityTypeBuilder<CostAllocation> b)
    {
        b.ToTable("PlanCostAllocations");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ShareKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.DisputeGround).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.MunicipalityShare).HasPrecision(12, 2);
        b.Property(x => x.RegionShare).HasPrecision(12, 2);
        b.Property(x => x.Basis).HasMaxLength(4000).IsRequired();
        b.Property(x => x.DisputeReason).HasMaxLength(4000);
        b.Property(x => x.MunicipalitySignatory).HasMaxLength(200);
        b.Property(x => x.MunicipalitySignatoryTitle).HasMaxLength(100);
        b.Property(x => x.RegionSignatory).HasMaxLength(200);
        b.Property(x => x.RegionSignatoryTitle).HasMaxLength(100);
        b.Ignore(x => x.IsCurrent);
    }
}

internal sealed class PersonFeedbackConfiguration : IEntityTypeConfiguration<PersonFeedback>
{
    public void Configure(EntityTypeBuilder<PersonFeedback> b)
    {
        b.ToTable("PlanFeedback");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(4000).IsRequired();
        b.Property(x => x.Answer).HasMaxLength(4000);
        b.HasIndex(x => new { x.AnsweredAt, x.RespondBy });
    }
}
