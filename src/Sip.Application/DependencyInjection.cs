using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application.Pipeline;

namespace Sip.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the use cases, their validators and the pipeline, in the order of ARCHITECTURE.md.
    /// Resilience comes right after logging, so that one attempt spans everything that reads or
    /// writes the database: the access check, validation, the transaction and its log line.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Validation messages a user sees are Swedish; our own rules carry their own texts.
        ValidatorOptions.Global.LanguageManager.Culture = CultureInfo.GetCultureInfo("sv-SE");
        services.AddMediator(options =>
        {
            // Scoped so that handlers and behaviours share the request's DbContext.
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(ResilienceBehavior<,>),
                typeof(AuthorizationBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(TransactionBehavior<,>),
                typeof(AuditBehavior<,>),
            ];
        });
        services.AddValidatorsFromAssemblyContaining<Features.Plans.StartPlanFromCaseValidator>(
            ServiceLifetime.Scoped, includeInternalTypes: false);
        services.AddScoped<Features.Directory.Import.DirectoryImporter>();
        services.AddSingleton<ReadLog>();
        return services;
    }
}
