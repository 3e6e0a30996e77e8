using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sip.Domain.Audit;
using Sip.Domain.Organizations;
using Sip.Domain.Policies;
using Sip.Domain.Users;

namespace Sip.Infrastructure.Persistence.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.ToTable("Organizations");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.OrganizationNumber).HasMaxLength(20);
        b.Ignore(x => x.IsPrincipal);
        b.HasIndex(x => x.Name).IsUnique();
    }
}

internal sealed class OrganizationUnitConfiguration : IEntityTypeConfiguration<OrganizationUnit>
{
    public void Configure(EntityTypeBuilder<OrganizationUnit> b)
    {
        b.ToTable("Units");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.OrganizationKind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.ActsForPrincipal).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.HsaId).HasMaxLength(40);
        b.Property(x => x.InvitationMailbox).HasMaxLength(320);
        b.Ignore(x => x.BelongsToPrincipal);
        b.Ignore(x => x.MayInitiateSip);
        b.Ignore(x => x.IsContractedProvider);
        b.Ignore(x => x.CountsAs);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.HsaId).IsUnique();
    }
}

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> b)
    {
        b.ToTable("Users");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.UserName).HasMaxLength(100).IsRequired();
        b.Property(x => x.DisplayName).HasMaxLength(200).IsRequired();
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.HsaId).HasMaxLength(40);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Language).HasMaxLength(5).IsRequired().HasDefaultValue("sv");
        b.Property(x => x.Email).HasMaxLength(320);
        b.PrimitiveCollection(x => x.UnitIds).HasField("_unitIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => x.UserName).IsUnique();
        b.HasIndex(x => x.HsaId).IsUnique();
    }
}

internal sealed class CountyPolicyConfiguration : IEntityTypeConfiguration<CountyPolicy>
{
    public void Configure(EntityTypeBuilder<CountyPolicy> b)
    {
        b.ToTable("CountyPolicies");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.PrimitiveCollection(x => x.ReminderDaysAfterDeadline).HasField("_reminderDaysAfterDeadline")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(x => x.EscalationLadder).HasConversion<string>().HasMaxLength(40);
        b.Ignore(x => x.EscalationSteps);

        // The policy stored before the reservnummer format existed gets the preset.
        b.Property(x => x.ReserveNumberPattern).HasMaxLength(200).IsRequired().HasDefaultValue(Domain.People.ReserveNumber.DefaultPattern);
        b.Property(x => x.ReserveNumberDescription).HasMaxLength(200).IsRequired()
            .HasDefaultValue(Domain.People.ReserveNumber.DefaultDescription);
        b.Property(x => x.ReserveNumberSystem).HasMaxLength(200).IsRequired().HasDefaultValue(CountyPolicy.DefaultReserveNumberSystem);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Action).HasMaxLength(100).IsRequired();
        b.Property(x => x.Origin).HasMaxLength(100);
        b.HasIndex(x => new { x.PlanId, x.OccurredAt });
        b.HasIndex(x => new { x.UserId, x.OccurredAt });

        // Loggkontroll asks by period, and by the unit acted for.
        b.HasIndex(x => x.OccurredAt);
        b.HasIndex(x => new { x.UnitId, x.OccurredAt });
    }
}
