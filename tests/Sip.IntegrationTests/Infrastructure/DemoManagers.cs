using Sip.Domain.Plans;
using Sip.Infrastructure.Seeding;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>The demo county's managers who agree to an ansvarsförbindelse, for tests that change a plan directly.</summary>
internal static class DemoManagers
{
    public static CostSignatory Social => Of(DemoDirectory.SocialServicesManager);

    public static CostSignatory Clinic => Of(DemoDirectory.DependenceClinicManager);

    private static CostSignatory Of(Guid userId) => CostSignatory.Manager(DemoDirectory.Users().Single(u => u.Id == userId));
}
