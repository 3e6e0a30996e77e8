using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sip.Domain.People;
using Sip.Domain.Plans;

namespace Sip.Infrastructure.Persistence.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<SipPlan>
{
    public void Configure(EntityTypeBuilder<SipPlan> plan)
    {
        plan.ToTable("Plans");
        plan.HasKey(p => p.Id);
        plan.Property(p => p.Id).ValueGeneratedNever();
        plan.Property(p => p.ReferenceNumber).HasMaxLength(20).IsRequired();
        plan.HasIndex(p => p.ReferenceNumber).IsUnique();
        plan.Property(p => p.Reason).HasMaxLength(4000).IsRequired();
        plan.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        plan.Property(p => p.PersonGoals).HasMaxLength(8000);
        plan.Property(p => p.ReportOfConcernAssessment).HasMaxLength(4000);
        plan.Property(p => p.ReportOfConcernSocialServices).HasMaxLength(200);
        plan.Property(p => p.CloseReason).HasConversion<string>().HasMaxLength(30);
        plan.Property(p => p.CloseNote).HasMaxLength(4000);
        plan.Property(p => p.Version).IsConcurrencyToken();
        plan.HasIndex(p => p.Status);
        plan.HasIndex(p => new { p.Status, p.FirstMeetingDueOn });
        plan.HasIndex(p => p.OverallResponsibleUnitId);

        // Gallring looks for closed plans by when they closed.
        plan.HasIndex(p => new { p.Status, p.ClosedAt });
        plan.Ignore(p => p.ActiveConsent);
        plan.Ignore(p => p.NextFollowUp);
        plan.Ignore(p => p.PendingNotices);
        plan.Ignore(p => p.CurrentCostAllocation);

        plan.OwnsOne(p => p.Person, person =>
        {
            // A person without personnummer or samordningsnummer has neither column, or the reservnummer alone;
            // every person has the birth date, which the age rules count from and search finds by.
            person.Property(x => x.IdentityNumber)
                .HasConversion(v => v!.Value, v => PersonalIdentityNumber.FromStored(v))
                .HasColumnName("PersonIdentityNumber").HasMaxLength(12).IsRequired(false);
            person.Property(x => x.ReserveNumber)
                .HasConversion(v => v!.Value, v => ReserveNumber.FromStored(v))
                .HasColumnName("PersonReserveNumber").HasMaxLength(ReserveNumber.MaxLength).IsRequired(false);
            person.Property(x => x.BirthDate).HasColumnName("PersonBirthDate");
            person.Ignore(x => x.IdentityKind);
            person.Property(x => x.FullName).HasColumnName("PersonName").HasMaxLength(200).IsRequired();

            // Kept by the domain from the name: lists sort by the first under the Swedish collation
            // (the provider's context names it), search matches the second without lower() per row.
            person.Property(x => x.SortName).HasColumnName("PersonSortName").HasMaxLength(200).IsRequired();
            person.Property(x => x.SearchName).HasColumnName("PersonSearchName").HasMaxLength(200).IsRequired();
            person.Property(x => x.HasProtectedIdentity).HasColumnName("PersonHasProtectedIdentity");
            person.Property(x => x.ChildrenInHousehold).HasColumnName("PersonChildrenInHousehold");
            person.HasIndex(x => x.IdentityNumber);
            person.HasIndex(x => x.ReserveNumber);
            person.HasIndex(x => x.BirthDate);
        });
        plan.Navigation(p => p.Person).IsRequired();

        plan.OwnsOne(p => p.Origin, origin =>
        {
            origin.Property(x => x.Kind).HasColumnName("OriginKind").HasConversion<string>().HasMaxLength(40);
            origin.Property(x => x.InitiatingUnitId).HasColumnName("InitiatingUnitId");
            origin.Property(x => x.InitiatingOrganizationId).HasColumnName("InitiatingOrganizationId");
            origin.Property(x => x.ExternalCaseReference).HasColumnName("ExternalCaseReference").HasMaxLength(64).IsRequired();
            origin.Property(x => x.InitiatedByUserId).HasColumnName("InitiatedByUserId");

            // Idempotent start: one plan per case in the initiating organisation.
            origin.HasIndex(x => new { x.InitiatingOrganizationId, x.ExternalCaseReference }).IsUnique();
            origin.HasIndex(x => x.InitiatingUnitId);
        });
        plan.Navigation(p => p.Origin).IsRequired();

        plan.OwnsOne(p => p.Placement, placement =>
        {
            placement.Property(x => x.DecidedOn).HasColumnName("PlacementDecidedOn");
            placement.Property(x => x.StartedOn).HasColumnName("PlacementStartedOn");
            placement.Property(x => x.IsAcute).HasColumnName("PlacementIsAcute");
            placement.Property(x => x.PrecededBySip).HasColumnName("PlacementPrecededBySip");
            placement.Property(x => x.SipMeetingDueOn).HasColumnName("PlacementSipMeetingDueOn");
            placement.Property(x => x.CostAllocationDueOn).HasColumnName("PlacementCostAllocationDueOn");
            placement.Property(x => x.CostAllocationSettledOn).HasColumnName("PlacementCostAllocationSettledOn");
            placement.Property(x => x.PlacingOrganizationId).HasColumnName("PlacementPlacingOrganizationId");
            placement.Property(x => x.ResidentialUnitId).HasColumnName("PlacementResidentialUnitId");
            placement.Property(x => x.LegalBasis).HasColumnName("PlacementLegalBasis").HasConversion<string>().HasMaxLength(20);
            placement.Property(x => x.Motive).HasColumnName("PlacementMotive").HasConversion<string>().HasMaxLength(30);
            placement.Property(x => x.MotiveText).HasColumnName("PlacementMotiveText").HasMaxLength(200);
            placement.Property(x => x.CareContent).HasColumnName("PlacementCareContent").HasMaxLength(2000);
            placement.Property(x => x.MedicalCare).HasColumnName("PlacementMedicalCare").HasConversion<string>().HasMaxLength(30);
            placement.Property(x => x.MedicalCareChosenByUnitId).HasColumnName("PlacementMedicalCareChosenByUnitId");
            placement.Property(x => x.LvmNotifiedBy).HasColumnName("PlacementLvmNotifiedBy").HasMaxLength(200);
            placement.Property(x => x.LvmNotifiedOn).HasColumnName("PlacementLvmNotifiedOn");
            placement.Property(x => x.LvmCertificateWrittenAt).HasColumnName("PlacementLvmCertificateWrittenAt").HasMaxLength(200);
            placement.Ignore(x => x.LvmChecklistOpen);
            placement.HasIndex(x => x.SipMeetingDueOn);
            placement.HasIndex(x => x.CostAllocationDueOn);
        });

        plan.OwnsOne(p => p.FastCareContact, contact =>
        {
            contact.Property(x => x.UnitId).HasColumnName("FastCareContactUnitId");
            contact.Property(x => x.Name).HasColumnName("FastCareContactName").HasMaxLength(200);
            contact.Property(x => x.Telephone).HasColumnName("FastCareContactTelephone").HasMaxLength(40);
            contact.Property(x => x.NamedAt).HasColumnName("FastCareContactNamedAt");
        });

        // Rule 24: the children in the household, read and written with the plan; no names.
        plan.OwnsMany(p => p.Children, child =>
        {
            child.ToTable("PlanChildren");
            child.WithOwner().HasForeignKey("PlanId");
            child.HasKey(x => x.Id);
            child.Property(x => x.Id).ValueGeneratedNever();
            child.Property(x => x.LivesWith).HasConversion<string>().HasMaxLength(20);
            child.Property(x => x.Custody).HasConversion<string>().HasMaxLength(20);
        });
        plan.Navigation(p => p.Children).UsePropertyAccessMode(PropertyAccessMode.Field);
        plan.OwnsOne(p => p.CommunicationNeed, need =>
        {
            need.Property(x => x.InterpreterNeeded).HasColumnName("CommunicationInterpreterNeeded");
            need.Property(x => x.Language).HasColumnName("CommunicationLanguage").HasMaxLength(100);
            need.Property(x => x.OtherSupport).HasColumnName("CommunicationOtherSupport").HasMaxLength(1000);
            need.Property(x => x.RecordedAt).HasColumnName("CommunicationRecordedAt");
        });

        Children(plan, p => p.Participants);
        Children(plan, p => p.Consents);
        Children(plan, p => p.Actions);
        Children(plan, p => p.Needs);
        Children(plan, p => p.Meetings);
        Children(plan, p => p.FollowUps);
        Children(plan, p => p.Versions);
        Children(plan, p => p.Deviations);
        Children(plan, p => p.CostAllocations);
        Children(plan, p => p.Feedback);
    }

    private static void Children<TChild>(
        EntityTypeBuilder<SipPlan> plan, System.Linq.Expressions.Expression<Func<SipPlan, IEnumerable<TChild>?>> navigation)
        where TChild : class
    {
        plan.HasMany(navigation).WithOne().HasForeignKey("PlanId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        plan.Navigation(navigation!).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
