using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sip.Application.Notifications;

namespace Sip.Infrastructure.Persistence.Configurations;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Key).HasMaxLength(200).IsRequired();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Deadline).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Recipient).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.LastError).HasMaxLength(2000);
        b.HasIndex(x => x.Key).IsUnique();

        // The dispatcher's question: undelivered, due now.
        b.HasIndex(x => new { x.DeliveredAt, x.DueAt });

        // The reminder list's question: what was sent to this unit or person.
        b.HasIndex(x => new { x.RecipientId, x.Kind });
    }
}
