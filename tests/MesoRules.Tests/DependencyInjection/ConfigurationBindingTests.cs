using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Planning;
using MesoRules.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MesoRules.Tests.DependencyInjection;

/// <summary>AddMesoRules(configuration): the library's own strict, reflection-free binding of the MesoRules section.</summary>
public class ConfigurationBindingTests
{
    private static IConfigurationRoot Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static ServiceProvider Build(IConfiguration configuration, Action<MesoRulesOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddMesoRules(configuration.GetSection(MesoRulesOptions.SectionName), configure);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Every_kind_of_setting_binds()
    {
        IConfigurationRoot config = Configuration(new()
        {
            ["MesoRules:PolicyName"] = "north-clinic",
            ["MesoRules:Eligibility:MinimumAgeYears"] = "21",
            ["MesoRules:Eligibility:PregnancyAvoidanceComponents:0"] = "dutasteride",
            ["MesoRules:Eligibility:PregnancyAvoidanceComponents:1"] = "minoxidil",
            ["MesoRules:Eligibility:Rules:eligibility.keloid:Outcome"] = "referToSpecialist",
            ["MesoRules:Eligibility:Rules:eligibility.diabetes:Enabled"] = "false",
            ["MesoRules:Aftercare:Rules:Sun:Minimum"] = "3.00:00:00",
            ["MesoRules:Aftercare:Rules:Sun:Recommended"] = "7.00:00:00",
            ["MesoRules:Planning:FollowUpWeeks"] = "8",
            ["MesoRules:Planning:Rules:planning.extra-session:Enabled"] = "true",
            ["MesoRules:Planning:SessionDuration"] = "00:45:00",
            ["MesoRules:Disclosure:Rules:disclosure.consent:Enabled"] = "false",
            ["MesoRules:Disclosure:Texts:disclosure.risk.pain.text"] = "Es kann brennen.",
            ["MesoRules:Disclosure:Texts:disclosure.alternatives.title"] = "Alternativen",
            ["MesoRules:Disclosure:Texts:disclosure.label.likelihood"] = "Häufigkeit",
        });
        using ServiceProvider sp = Build(config);

        MesoRulesOptions o = sp.GetRequiredService<IOptionsFactory<MesoRulesOptions>>().Create(Options.DefaultName);
        Assert.Equal("north-clinic", o.PolicyName);
        Assert.Equal(21, o.Eligibility.MinimumAgeYears);
        Assert.Equal(["dutasteride", "minoxidil"], o.Eligibility.PregnancyAvoidanceComponents);
        Assert.Equal(EligibilityOutcome.ReferToSpecialist, o.Eligibility.Rules[EligibilityRuleIds.KeloidTendency].Outcome);
        Assert.False(o.Eligibility.Rules[EligibilityRuleIds.Diabetes].Enabled);
        Assert.Equal(TimeSpan.FromDays(3), o.Aftercare.Rules["Sun"].Minimum);
        Assert.Equal(8, o.Planning.FollowUpWeeks);
        Assert.True(o.Planning.Rules[PlanningRuleIds.ExtraSession].Enabled);
        Assert.Equal(TimeSpan.FromMinutes(45), o.Planning.SessionDuration);
        Assert.False(o.Disclosure.Rules[DisclosureRuleIds.Consent].Enabled);
        Assert.Equal("Es kann brennen.", o.Disclosure.Texts["disclosure.risk.pain.text"]);
        Assert.Equal("Alternativen", o.Disclosure.Texts["disclosure.alternatives.title"]);
        Assert.Equal("Häufigkeit", o.Disclosure.Texts["disclosure.label.likelihood"]);

        MesoRulesPolicy policy = sp.GetRequiredService<IMesoRulesPolicyProvider>().Current;
        Assert.Equal("north-clinic", policy.Name);
        Assert.NotEqual(MesoRulesPolicy.Default.Version, policy.Version);
        AftercareCheck sun = sp.GetRequiredService<AftercareEngine>().Check(AftercareActivity.Sun, new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero), [new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero)]);
        Assert.Equal(AftercareStatus.NotYet, sun.Status);
    }

    [Fact]
    public void Values_that_cannot_be_converted_and_unknown_keys_fail_start_up_all_listed_even_inside_dictionaries()
    {
        IConfigurationRoot config = Configuration(new()
        {
            ["MesoRules:Eligibility:MinimumAgeYears"] = "150",
            ["MesoRules:Eligibility:Rules:eligibility.keloid:Outcome"] = "ReferToSpecialst",
            ["MesoRules:Eligibility:Rules:eligibility.diabetes:Enabled"] = "no",
            ["MesoRules:Aftercare:Rules:Sun:Minimum"] = "3 days",
            ["MesoRules:Planning:ModerateInitialSessions"] = "abc",
            ["MesoRules:Planning:FolowUpWeeks"] = "8",
            ["MesoRules:Eligibility:CustomRules:0:Id"] = "clinic.x",
        });
        using ServiceProvider sp = Build(config);

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IStartupValidator>().Validate());
        string[] failures = [.. ex.Failures];
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Eligibility:MinimumAgeYears: 150 is outside", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Eligibility:Rules:eligibility.keloid:Outcome: 'ReferToSpecialst' is not a value of EligibilityOutcome; allowed:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Eligibility:Rules:eligibility.diabetes:Enabled: 'no' is not true or false", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Aftercare:Rules:Sun:Minimum: '3 days' is not a duration", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Planning:ModerateInitialSessions: 'abc' is not a whole number", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Planning:FolowUpWeeks: is not a setting here; allowed:", StringComparison.Ordinal) && f.Contains("FollowUpWeeks", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Eligibility:CustomRules: clinic rules are C# conditions", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reload_with_a_bad_value_is_rejected_without_throwing_and_a_good_one_is_taken()
    {
        IConfigurationRoot config = Configuration(new() { ["MesoRules:Planning:FollowUpWeeks"] = "8" });
        using ServiceProvider sp = Build(config);
        sp.GetRequiredService<IStartupValidator>().Validate();
        var provider = sp.GetRequiredService<MonitoredPolicyProvider>();
        string first = provider.Current.Version;
        var rejected = new List<OptionsValidationException>();
        provider.PolicyRejected += (_, e) => rejected.Add(e);

        config["MesoRules:Eligibility:Rules:eligibility.keloid:Outcome"] = "Bogus";
        config.Reload();
        Assert.Equal(first, provider.Current.Version);
        Assert.Contains("'Bogus' is not a value of EligibilityOutcome", Assert.Single(Assert.Single(rejected).Failures), StringComparison.Ordinal);

        config["MesoRules:Eligibility:Rules:eligibility.keloid:Outcome"] = "Deferred";
        config.Reload();
        Assert.NotEqual(first, provider.Current.Version);
        Assert.Single(rejected);
    }

    [Fact]
    public void Code_runs_after_the_configuration_and_wins()
    {
        IConfigurationRoot config = Configuration(new() { ["MesoRules:Planning:FollowUpWeeks"] = "8" });
        using ServiceProvider sp = Build(config, o => o.Planning.FollowUpWeeks = 4);
        Assert.Equal(4, sp.GetRequiredService<IOptionsFactory<MesoRulesOptions>>().Create(Options.DefaultName).Planning.FollowUpWeeks);
    }

    [Fact]
    public void A_plain_value_where_a_section_or_list_belongs_and_a_null_value_are_failures_not_silently_dropped()
    {
        IConfigurationRoot config = Configuration(new()
        {
            ["MesoRules:Eligibility:PregnancyAvoidanceComponents"] = "finasteride",
            ["MesoRules:Eligibility:Rules:eligibility.pregnancy"] = "false",
            ["MesoRules:Aftercare:Rules:Sun"] = "7.00:00:00",
            ["MesoRules:Disclosure:Texts"] = "Wahrscheinlichkeit",
            ["MesoRules:Planning"] = "5",
            ["MesoRules:PolicyName"] = null,
        });
        using ServiceProvider sp = Build(config);

        string[] failures = [.. Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IStartupValidator>().Validate()).Failures];
        Assert.Contains("MesoRules:Eligibility:PregnancyAvoidanceComponents: expected a list, for example [\"dutasteride\", \"finasteride\"]; found a single value.", failures);
        Assert.Contains("MesoRules:Eligibility:Rules:eligibility.pregnancy: expected a section, found a value.", failures);
        Assert.Contains("MesoRules:Aftercare:Rules:Sun: expected a section, found a value.", failures);
        Assert.Contains("MesoRules:Disclosure:Texts: expected a section, found a value.", failures);
        Assert.Contains("MesoRules:Planning: expected a section, found a value.", failures);
        Assert.Contains("MesoRules:PolicyName: expected a value, found null.", failures);
    }

    [Fact]
    public void Rule_ids_and_text_ids_bind_whatever_their_case_as_configuration_keys_do()
    {
        IConfigurationRoot config = Configuration(new()
        {
            ["MesoRules:Eligibility:Rules:Eligibility.Keloid:Outcome"] = "Deferred",
            ["MesoRules:Disclosure:Texts:Disclosure.Risk.Pain.Title"] = "Schmerz",
            ["MesoRules:Disclosure:Texts:DISCLOSURE.LABEL.LIKELIHOOD"] = "Häufigkeit",
            ["MesoRules:Disclosure:Texts:disclosure.risk.infection.raised-by.Diabetes"] = "Diabetes erhöht das Risiko.",
            ["MesoRules:Aftercare:Rules:SUN:Enabled"] = "false",
            ["MesoRules:Aftercare:Rules:SUN:Reason"] = "Winter clinic: no sun exposure expected",
            ["MesoRules:Planning:Rules:Planning.Follow-Up:Enabled"] = "false",
        });
        using ServiceProvider sp = Build(config);
        sp.GetRequiredService<IStartupValidator>().Validate();

        MesoRulesOptions o = sp.GetRequiredService<IOptionsFactory<MesoRulesOptions>>().Create(Options.DefaultName);
        Assert.Equal(EligibilityOutcome.Deferred, o.Eligibility.Rules[EligibilityRuleIds.KeloidTendency].Outcome);
        Assert.Equal("Schmerz", o.Disclosure.Texts["disclosure.risk.pain.title"]);
        Assert.Equal("Häufigkeit", o.Disclosure.Texts["disclosure.label.likelihood"]);
        Assert.Equal("Diabetes erhöht das Risiko.", o.Disclosure.Texts["disclosure.risk.infection.raised-by.diabetes"]);
        MesoRulesPolicy policy = sp.GetRequiredService<IMesoRulesPolicyProvider>().Current;
        Assert.Equal("Schmerz", policy.Texts["disclosure.risk.pain.title"]);
        Assert.DoesNotContain(policy.Rules, r => r.Id is AftercareRuleIds.Sun or PlanningRuleIds.FollowUp);
    }

    [Fact]
    public void Binding_the_same_section_twice_lists_each_failure_once()
    {
        IConfigurationRoot config = Configuration(new() { ["MesoRules:Planning:FollowUpWeeks"] = "soon" });
        var services = new ServiceCollection();
        services.AddMesoRules(config.GetSection(MesoRulesOptions.SectionName));
        services.AddMesoRules(config.GetSection(MesoRulesOptions.SectionName));
        using ServiceProvider sp = services.BuildServiceProvider();

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IStartupValidator>().Validate());
        Assert.Single(ex.Failures);
    }

    [Fact]
    public void A_reload_reports_each_change_once_and_an_exception_of_the_clinic_code_as_a_rejection()
    {
        IConfigurationRoot config = Configuration(new() { ["MesoRules:Eligibility:MinimumAgeYears"] = "18" });
        using ServiceProvider sp = Build(config, o =>
        {
            if (o.Eligibility.MinimumAgeYears == 30)
            {
                throw new InvalidDataException("the clinic's configure step failed");
            }
        });
        var provider = sp.GetRequiredService<MonitoredPolicyProvider>();
        int changed = 0;
        var rejected = new List<OptionsValidationException>();
        provider.PolicyChanged += (_, _) => changed++;
        provider.PolicyRejected += (_, e) => rejected.Add(e);

        config.Reload();
        Assert.Equal(0, changed);

        config["MesoRules:Eligibility:MinimumAgeYears"] = "30";
        config.Reload();
        Assert.Contains("the clinic's configure step failed", Assert.Single(Assert.Single(rejected).Failures), StringComparison.Ordinal);

        config["MesoRules:Eligibility:MinimumAgeYears"] = "21";
        config.Reload();
        config.Reload();
        Assert.Equal(1, changed);
        Assert.Equal(21, provider.Current.EligibilityRules.MinimumAgeYears);

        config["MesoRules:Eligibility:MinimumAgeYears"] = "30";
        config.Reload();
        Assert.Equal(2, rejected.Count);
    }

    [Fact]
    public void A_handler_that_throws_neither_escapes_into_the_reload_nor_stops_the_other_handlers()
    {
        IConfigurationRoot config = Configuration(new() { ["MesoRules:Eligibility:MinimumAgeYears"] = "18" });
        using ServiceProvider sp = Build(config);
        var provider = sp.GetRequiredService<MonitoredPolicyProvider>();
        int seen = 0;
        provider.PolicyChanged += (_, _) => throw new InvalidOperationException("subscriber");
        provider.PolicyChanged += (_, _) => seen++;
        provider.PolicyRejected += (_, _) => throw new InvalidOperationException("subscriber");

        config["MesoRules:Eligibility:MinimumAgeYears"] = "21";
        config.Reload();
        config["MesoRules:Eligibility:MinimumAgeYears"] = "150";
        config.Reload();

        Assert.Equal(1, seen);
        Assert.Equal(21, provider.Current.EligibilityRules.MinimumAgeYears);
    }

    [Fact]
    public void Sections_of_two_configuration_roots_with_the_same_path_are_both_bound_and_a_null_or_empty_list_is_a_failure()
    {
        IConfigurationRoot first = Configuration(new() { ["MesoRules:Eligibility:MinimumAgeYears"] = "18" });
        IConfigurationRoot second = Configuration(new() { ["MesoRules:Eligibility:MinimumAgeYears"] = "21" });
        var services = new ServiceCollection();
        services.AddMesoRules(first.GetSection(MesoRulesOptions.SectionName));
        services.AddMesoRules(second.GetSection(MesoRulesOptions.SectionName));
        using (ServiceProvider sp = services.BuildServiceProvider())
        {
            Assert.Equal(21, sp.GetRequiredService<IMesoRulesPolicyProvider>().Current.EligibilityRules.MinimumAgeYears);
        }

        using ServiceProvider nullList = Build(Configuration(new() { ["MesoRules:Eligibility:PregnancyAvoidanceComponents"] = null }));
        Assert.Contains("MesoRules:Eligibility:PregnancyAvoidanceComponents: expected a list, found null.", Assert.Throws<OptionsValidationException>(() => nullList.GetRequiredService<IStartupValidator>().Validate()).Failures);

        using ServiceProvider emptyList = Build(Configuration(new() { ["MesoRules:Eligibility:PregnancyAvoidanceComponents"] = string.Empty }));
        Assert.Contains(
            Assert.Throws<OptionsValidationException>(() => emptyList.GetRequiredService<IStartupValidator>().Validate()).Failures,
            f => f.StartsWith("MesoRules:Eligibility:PregnancyAvoidanceComponents: an empty list would keep the rule from ever firing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reload_to_an_empty_section_keeps_the_policy_in_force_and_says_why_without_values()
    {
        var file = new ReplaceableConfiguration(new() { ["MesoRules:PolicyName"] = "north-clinic", ["MesoRules:Eligibility:MinimumAgeYears"] = "21" });
        using ServiceProvider sp = Build(new ConfigurationBuilder().Add(file).Build());
        sp.GetRequiredService<IStartupValidator>().Validate();
        var provider = sp.GetRequiredService<MonitoredPolicyProvider>();
        MesoRulesPolicy clinic = provider.Current;
        var rejected = new List<OptionsValidationException>();
        int changed = 0;
        provider.PolicyRejected += (_, e) => rejected.Add(e);
        provider.PolicyChanged += (_, _) => changed++;

        // A deleted settings file and an emptied section read the same: no keys under MesoRules.
        file.Replace(new() { ["Logging:LogLevel:Default"] = "Information" });
        file.Replace([]);

        Assert.Same(clinic, provider.Current);
        Assert.Equal(0, changed);
        Assert.Equal(2, rejected.Count);
        string failure = Assert.Single(rejected[1].Failures);
        Assert.Equal(
            "MesoRules: the section is missing or empty after it had settings, as while its settings file is deleted or written again; an empty section is refused rather than read as the shipped defaults. To return to the shipped defaults, write one setting, for example MesoRules:PolicyName.",
            failure);
        Assert.DoesNotContain("north-clinic", failure, StringComparison.Ordinal);
        Assert.Equal(21, provider.Current.EligibilityRules.MinimumAgeYears);
    }

    [Fact]
    public void After_an_empty_section_a_section_with_one_setting_returns_to_the_shipped_defaults_with_that_setting()
    {
        var file = new ReplaceableConfiguration(new() { ["MesoRules:Eligibility:MinimumAgeYears"] = "21" });
        using ServiceProvider sp = Build(new ConfigurationBuilder().Add(file).Build());
        var provider = sp.GetRequiredService<MonitoredPolicyProvider>();
        file.Replace([]);
        Assert.Equal(21, provider.Current.EligibilityRules.MinimumAgeYears);

        file.Replace(new() { ["MesoRules:PolicyName"] = "shipped" });

        Assert.Equal(MesoRulesPolicy.Create(new MesoRulesOptions { PolicyName = "shipped" }).Version, provider.Current.Version);
        Assert.Equal(MesoRulesPolicy.Default.EligibilityRules.MinimumAgeYears, provider.Current.EligibilityRules.MinimumAgeYears);
    }

    [Fact]
    public void An_empty_section_at_start_means_the_shipped_defaults_staying_empty_changes_nothing_and_emptying_it_later_is_refused()
    {
        var file = new ReplaceableConfiguration(new() { ["Logging:LogLevel:Default"] = "Information" });
        using ServiceProvider sp = Build(new ConfigurationBuilder().Add(file).Build());
        sp.GetRequiredService<IStartupValidator>().Validate();
        var provider = sp.GetRequiredService<MonitoredPolicyProvider>();
        int changed = 0;
        int rejected = 0;
        provider.PolicyChanged += (_, _) => changed++;
        provider.PolicyRejected += (_, _) => rejected++;

        file.Replace([]);
        Assert.Equal(MesoRulesPolicy.Default.Version, provider.Current.Version);
        Assert.Equal((0, 0), (changed, rejected));

        file.Replace(new() { ["MesoRules:Eligibility:MinimumAgeYears"] = "21" });
        file.Replace([]);
        Assert.Equal(21, provider.Current.EligibilityRules.MinimumAgeYears);
        Assert.Equal((1, 1), (changed, rejected));
    }

    [Fact]
    public void A_null_configuration_is_refused()
    {
        Assert.Throws<ArgumentNullException>("configuration", () => new ServiceCollection().AddMesoRules((IConfiguration)null!));
    }

    /// <summary>A configuration whose whole content is replaced at once, as when a settings file is deleted or written again.</summary>
    private sealed class ReplaceableConfiguration : ConfigurationProvider, IConfigurationSource
    {
        public ReplaceableConfiguration(Dictionary<string, string?> data) => Data = new Dictionary<string, string?>(data, StringComparer.OrdinalIgnoreCase);

        public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

        public void Replace(Dictionary<string, string?> data)
        {
            Data = new Dictionary<string, string?>(data, StringComparer.OrdinalIgnoreCase);
            OnReload();
        }
    }
}
