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

        // The inbox's counts and its page: a unit's entries of a kind in the page's order (date, then
        // item), with the plan beside them, read from the index alone. Without the item and the plan
        // in it, every entry of the page was fetched from the table and sorted by item within a date.
        b.HasIndex(x => new { x.UnitId, x.Kind, x.DueOn, x.ItemId, x.PlanId });
    }
}
