using MesoRules.Aftercare;
using MesoRules.Assessment;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Planning;
using MesoRules.Policy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers MesoRules with a service collection.</summary>
public static class MesoRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the MesoRules options (validated at start-up), the policy provider and the engines, all
    /// as singletons added with <c>TryAdd</c>, so calling this twice registers nothing twice (each call's
    /// <paramref name="configure"/> still applies, in order). A <see cref="TimeProvider"/> already
    /// registered is used; otherwise <see cref="TimeProvider.System"/> is added.
    /// </summary>
    /// <remarks>
    /// To bind settings from configuration, use the overload that takes the configuration section: its binding
    /// is strict and reflection-free.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional code that sets the clinic's options.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The configuration overloads take a different first argument; AddMesoRules() with no argument is the common call.")]
    public static IServiceCollection AddMesoRules(this IServiceCollection services, Action<MesoRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        OptionsBuilder<MesoRulesOptions> builder = services.AddOptions<MesoRulesOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MesoRulesOptions>, MesoRulesOptionsValidator>());

        // Start-up validation builds the options once through the factory (every failure listed). It goes through a
        // marker type rather than ValidateOnStart on MesoRulesOptions itself: that would create the framework's
        // options monitor for MesoRulesOptions, which re-validates on every configuration reload and throws into
        // it. MonitoredPolicyProvider follows reloads instead, keeping the old snapshot on a bad change.
        services.AddOptions<MesoRules.DependencyInjection.MesoRulesStartupValidation>()
            .Validate<IOptionsFactory<MesoRulesOptions>>(static (_, factory) => factory.Create(Microsoft.Extensions.Options.Options.DefaultName) is not null)
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static sp => new MonitoredPolicyProvider(
            sp.GetRequiredService<IOptionsFactory<MesoRulesOptions>>(),
            sp.GetServices<IOptionsChangeTokenSource<MesoRulesOptions>>(),
            LibraryValidator(sp.GetServices<IValidateOptions<MesoRulesOptions>>())));
        services.TryAddSingleton<IMesoRulesPolicyProvider>(static sp => sp.GetRequiredService<MonitoredPolicyProvider>());
        services.TryAddSingleton<EligibilityEngine>(static sp => new EligibilityEngine(sp.GetRequiredService<IMesoRulesPolicyProvider>()));
        services.TryAddSingleton<AftercareEngine>(static sp => new AftercareEngine(sp.GetRequiredService<IMesoRulesPolicyProvider>()));
        services.TryAddSingleton<DisclosureEngine>(static sp => new DisclosureEngine(sp.GetRequiredService<IMesoRulesPolicyProvider>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<SessionPlanner>(static sp => new SessionPlanner(sp.GetRequiredService<IMesoRulesPolicyProvider>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<TreatmentAssessor>(static sp => new TreatmentAssessor(sp.GetRequiredService<IMesoRulesPolicyProvider>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>The library's validator among the registered ones, or <see langword="null"/> if the host removed it.</summary>
    private static MesoRulesOptionsValidator? LibraryValidator(IEnumerable<IValidateOptions<MesoRulesOptions>> validators)
    {
        foreach (IValidateOptions<MesoRulesOptions> validator in validators)
        {
            if (validator is MesoRulesOptionsValidator library)
            {
                return library;
            }
        }

        return null;
    }

    /// <summary>
    /// Registers MesoRules with its options bound from a configuration section (usually
    /// <c>configuration.GetSection(MesoRulesOptions.SectionName)</c>), then <paramref name="configure"/>, which wins
    /// over the configuration. The binding is the library's own: no reflection (trimming- and NativeAOT-safe) and
    /// strict, so a value that cannot be converted or a key that is no setting is a validation failure listed
    /// with every other at start-up (and, on a reload, in <c>MonitoredPolicyProvider.PolicyRejected</c>), never
    /// silently dropped. The policy follows the section's reloads.
    /// </summary>
    /// <remarks>
    /// A section that is missing or empty at start-up means the shipped defaults. Once the section has had settings, a
    /// reload that finds it missing or empty is refused: the policy in force stays and
    /// <c>MonitoredPolicyProvider.PolicyRejected</c> names the section (a configuration cannot tell a deleted or
    /// half-written settings file from an empty section). To return to the shipped defaults, write one setting, for
    /// example <c>"MesoRules": { "PolicyName": "default" }</c>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The <c>MesoRules</c> configuration section.</param>
    /// <param name="configure">Code that sets the clinic's options after the configuration, for example its C# eligibility rules; or <see langword="null"/>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddMesoRules(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, Action<MesoRulesOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Binding the same section twice would list every failure twice and signal every reload twice.
        bool bound = services.Any(d => d.ServiceType == typeof(IOptionsChangeTokenSource<MesoRulesOptions>)
            && d.ImplementationInstance is MesoRules.DependencyInjection.ConfigurationSectionBinding binding && binding.Binds(configuration));
        if (!bound)
        {
            var binding = new MesoRules.DependencyInjection.ConfigurationSectionBinding(configuration);
            services.AddOptions<MesoRulesOptions>().Configure(binding.Bind);
            services.AddSingleton<IOptionsChangeTokenSource<MesoRulesOptions>>(binding);
        }

        return services.AddMesoRules(configure);
    }

    /// <summary>
    /// Registers MesoRules with its options bound from a configuration section (usually
    /// <c>configuration.GetSection(MesoRulesOptions.SectionName)</c>); see
    /// <see cref="AddMesoRules(IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration, Action{MesoRulesOptions}?)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The <c>MesoRules</c> configuration section.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddMesoRules(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        services.AddMesoRules(configuration, null);
}
