using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sip.Application.Features.Inbox;

namespace Sip.Infrastructure.Persistence.Configurations;

internal sealed class InboxEntryConfiguration : IEntityTypeConfiguration<InboxEntry>
{
    public void Configure(EntityTypeBuilder<InboxEntry> b)
    {
        b.ToTable("InboxEntries");

        // The refresh of a plan replaces its entries; a plan's items are keyed apart (its own id for a first meeting).
        b.HasKey(x => new { x.PlanId, x.ItemId });
        // As a number, as the inbox's other kinds are when it adds them to these in one statement.
        b.Property(x => x.Kind);

        // The inbox's counts: a unit's entries by kind and date, read from the index alone.
        b.HasIndex(x => new { x.UnitId, x.Kind, x.DueOn });
    }
}
