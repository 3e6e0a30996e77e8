using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sip.Application.Features.Plans;
using Sip.Domain.Plans;

namespace Sip.Infrastructure.Persistence.Configurations;

internal sealed class PlanDocumentConfiguration : IEntityTypeConfiguration<PlanDocument>
{
    public void Configure(EntityTypeBuilder<PlanDocument> b)
    {
        b.ToTable("PlanDocuments");
        b.HasKey(x => x.PlanId);
        // Goes with its plan, which a gallring never deletes but a test database may.
        b.HasOne<SipPlan>().WithOne().HasForeignKey<PlanDocument>(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Content).IsRequired();
    }
}
