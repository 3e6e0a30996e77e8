using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;

namespace Sip.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = DatabaseRegistration.ProviderFrom(configuration);
        var connectionString = configuration.GetConnectionString("Sip");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DatabaseRegistration.DefaultSqliteConnection
                : throw new InvalidOperationException($"ConnectionStrings:Sip is required for the {provider} provider.");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSipDatabase(provider, connectionString);
        services.AddSingleton<DirectoryUsers>();
        services.AddScoped<DirectoryAccounts>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<InboxEntryRepair>();
        services.AddScoped<PlanDocumentRepair>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<Notifications.OutboxDispatcher>();
        services.AddScoped<Notifications.DeadlineScanner>();
        services.AddScoped<Retention.PlanRetention>();
        services.AddSingleton<Notifications.IMailDelivery>(configuration["Mail:Smtp:Host"] is { Length: > 0 } smtpHost
            ? new Notifications.SmtpDelivery(
                smtpHost, configuration.GetValue("Mail:Smtp:Port", 25), configuration["Mail:Smtp:UserName"],
                configuration["Mail:Smtp:Password"], configuration["Mail:From"] ?? Notifications.NoticeMail.From)
            : new Notifications.PickupFolderDelivery(configuration["Mail:PickupFolder"] ?? Path.Combine("App_Data", "mail")));
        return services;
    }
}
