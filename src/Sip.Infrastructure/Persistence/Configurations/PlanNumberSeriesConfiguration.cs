using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sip.Domain.Plans;

namespace Sip.Infrastructure.Persistence.Configurations;

internal sealed class PlanNumberSeriesConfiguration : IEntityTypeConfiguration<PlanNumberSeries>
{
    public void Configure(EntityTypeBuilder<PlanNumberSeries> b)
    {
        b.ToTable("PlanNumberSeries");
        b.HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
    }
}
