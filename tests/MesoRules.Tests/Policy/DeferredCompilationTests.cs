using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Tests.Patients;
using MesoRules.Tests.Properties;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MesoRules.Tests.Policy;

/// <summary>
/// What a policy builds on first use rather than when it is created: the disclosure's risk variants and their hashed
/// lines, <see cref="MesoRulesPolicy.Rules"/> and <see cref="MesoRulesPolicy.Texts"/>. Each is built once per snapshot,
/// whichever thread asks first, from what the policy compiled (never from the options), and cannot fail once the options
/// were validated.
/// </summary>
public class DeferredCompilationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static RiskDisclosure Disclose(MesoRulesPolicy policy, PatientProfile patient) =>
        new DisclosureEngine(policy, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now)).Disclose(patient);

    /// <summary>A rule list by value (<see cref="RuleDescriptor"/> compares by reference).</summary>
    private static (string, string, string, Provenance, string?)[] Described(IEnumerable<RuleDescriptor> rules) =>
        [.. rules.Select(r => (r.Id, r.Summary, r.Rationale, r.Provenance, r.Citation))];

    [Fact]
    public void A_new_policy_builds_no_risk_variant_until_the_first_disclosure()
    {
        MesoRulesPolicy policy = MesoRulesPolicy.Create(new MesoRulesOptions());
        Assert.False(policy.DisclosureRules.DocumentBuilt);

        EligibilityAssessment assessment = new EligibilityEngine(policy).Assess(SamplePatients.Clear);
        Assert.Equal(policy.Version, assessment.PolicyVersion);
        Assert.False(policy.DisclosureRules.DocumentBuilt);

        Disclose(policy, SamplePatients.Clear);
        Assert.True(policy.DisclosureRules.DocumentBuilt);
    }

    [Fact]
    public void A_policy_built_lazily_discloses_what_the_default_policy_discloses()
    {
        MesoRulesPolicy policy = MesoRulesPolicy.Create(new MesoRulesOptions());
        PatientProfile raised = SamplePatients.Clear.With(p => p.Health = p.Health.With(h => h.Diabetes = Answer.Yes));
        foreach (PatientProfile patient in new[] { SamplePatients.Clear, raised })
        {
            Assert.Equal(Disclose(MesoRulesPolicy.Default, patient).ContentHash, Disclose(policy, patient).ContentHash);
        }

        Assert.Equal(Described(MesoRulesPolicy.Default.Rules), Described(policy.Rules));
        Assert.Equal(MesoRulesPolicy.Default.Texts, policy.Texts);
    }

    [Fact]
    public void Many_threads_reading_a_new_policy_at_once_share_one_build()
    {
        const int threads = 16;
        MesoRulesPolicy policy = MesoRulesPolicy.Create(new MesoRulesOptions());
        var risks = new CompiledRisk[threads][];
        var texts = new object[threads];
        var rules = new RuleDescriptor[threads][];
        var hashes = new string[threads];
        using var start = new Barrier(threads);
        Thread[] workers =
        [
            .. Enumerable.Range(0, threads).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                risks[i] = policy.DisclosureRules.Risks;
                texts[i] = policy.Texts;
                rules[i] = [.. policy.Rules];
                hashes[i] = Disclose(policy, SamplePatients.Clear).ContentHash;
            })),
        ];
        foreach (Thread worker in workers)
        {
            worker.Start();
        }

        foreach (Thread worker in workers)
        {
            worker.Join();
        }

        Assert.All(risks, r => Assert.Same(risks[0], r));
        Assert.All(texts, t => Assert.Same(texts[0], t));
        Assert.All(rules, r => Assert.Equal(Described(MesoRulesPolicy.Default.Rules), Described(r)));
        Assert.All(rules, r => Assert.Equal(rules[0], r));
        Assert.All(hashes, h => Assert.Equal(Disclose(MesoRulesPolicy.Default, SamplePatients.Clear).ContentHash, h));
    }

    [Fact]
    public void Options_changed_after_the_policy_was_created_change_nothing_it_builds_later()
    {
        var options = new MesoRulesOptions();
        MesoRulesPolicy policy = MesoRulesPolicy.Create(options);
        options.Disclosure.Texts[$"{DisclosureRuleIds.Pain}.title"] = "Changed afterwards";
        options.Disclosure.Rules[DisclosureRuleIds.Consent] = new DisclosureRuleOptions { Enabled = false };

        Assert.Equal(MesoRulesPolicy.Default.DisclosureRules.Risks[0].Variants[0].Title, policy.DisclosureRules.Risks[0].Variants[0].Title);
        Assert.Equal(MesoRulesPolicy.Default.Texts, policy.Texts);
        Assert.Equal(Described(MesoRulesPolicy.Default.Rules), Described(policy.Rules));
        Assert.Equal(MesoRulesPolicy.Default.Version, policy.Version);
    }

    /// <summary>
    /// <see cref="MesoRulesPolicy.Texts"/> is built on first read from every feature's texts, and would fail on an id two
    /// features share. A clinic's eligibility rule brings <c>&lt;id&gt;.text</c> and <c>&lt;id&gt;.question</c>; no other
    /// feature has a text of that shape except under one of its own rule ids, which validation refuses as a clinic's id.
    /// </summary>
    [Fact]
    public void No_text_of_another_feature_can_share_an_id_with_a_clinic_eligibility_rules_text()
    {
        HashSet<string> builtIn = [.. MesoRulesOptionsValidator.BuiltInRuleIds.Where(f => f.Feature != "eligibility").SelectMany(f => f.Ids)];
        string[] shaped =
        [
            .. MesoRulesPolicy.Default.Texts.Keys
                .Where(id => !id.StartsWith("eligibility.", StringComparison.Ordinal))
                .Where(id => id.EndsWith(".text", StringComparison.Ordinal) || id.EndsWith(".question", StringComparison.Ordinal)),
        ];
        Assert.NotEmpty(shaped);
        Assert.All(shaped, id => Assert.Contains(id[..id.LastIndexOf('.')], builtIn));

        var options = new MesoRulesOptions();
        options.Eligibility.CustomRules.Add(new EligibilityRule { Id = shaped[0][..shaped[0].LastIndexOf('.')], Outcome = EligibilityOutcome.Eligible, Text = "t", Rationale = "r", Condition = _ => RuleState.Silent });
        Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));
    }

    /// <summary>Texts a clinic may write: ordinary, empty-looking, escaped, surrogates, line breaks, the longest allowed.</summary>
    private static readonly string[] Wordings =
    [
        "Clinic wording.", " x ", "a|b=c", "a\nb", "\\0", "\uD800x", "é e\u0301", "{date}", new string('w', 2000), new string('t', 120),
    ];

    /// <summary>A set of disclosure rewordings (any text id, any wording, possibly invalid) and the consent switch.</summary>
    private static Arbitrary<(KeyValuePair<string, string>[] Texts, bool Consent)> AnyDisclosureOptions =>
        (from texts in (from id in Gen.Elements(DisclosureRuleSet.Catalog.Defaults.Select(d => d.Id).ToArray())
                        from wording in Gen.Elements(Wordings)
                        select KeyValuePair.Create(id, wording)).ArrayOf()
         from consent in Gen.Elements(true, false)
         select (texts, consent)).ToArbitrary();

    [Property(MaxTest = 150)]
    public Property Deferred_parts_build_without_failure_for_any_options_validation_accepts() =>
        Prop.ForAll(AnyDisclosureOptions, Generators.AnyPatient, (settings, patient) =>
        {
            var options = new MesoRulesOptions();
            foreach ((string id, string text) in settings.Texts.DistinctBy(t => t.Key))
            {
                options.Disclosure.Texts[id] = text;
            }

            options.Disclosure.Rules[DisclosureRuleIds.Consent] = new DisclosureRuleOptions { Enabled = settings.Consent };
            if (MesoRulesOptionsValidator.Collect(options).Any)
            {
                Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));
                return;
            }

            MesoRulesPolicy policy = MesoRulesPolicy.Create(options);
            Assert.Equal(1 << DefaultDisclosureContent.Risks[0].Tailorings.Length, policy.DisclosureRules.Risks[0].Variants.Length);
            Assert.NotEmpty(policy.Texts);
            Assert.NotEmpty(policy.Rules);
            Assert.Equal(settings.Consent, policy.ConsentRule is not null);
            Assert.Matches("^[0-9a-f]{64}$", Disclose(policy, patient).ContentHash);
        });

    [Fact]
    public void A_provider_whose_library_validator_was_removed_still_refuses_invalid_options()
    {
        var services = new ServiceCollection().AddMesoRules(o => o.Planning.MildInitialSessions = 0);
        services.RemoveAll<IValidateOptions<MesoRulesOptions>>();
        using ServiceProvider sp = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IMesoRulesPolicyProvider>());
        Assert.Contains("MesoRules:Planning:MildInitialSessions", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_compiles_the_options_its_factory_validated_into_the_same_policy()
    {
        using ServiceProvider sp = new ServiceCollection().AddMesoRules(o => o.PolicyName = "north").BuildServiceProvider();
        MesoRulesPolicy policy = sp.GetRequiredService<IMesoRulesPolicyProvider>().Current;
        Assert.Equal(MesoRulesPolicy.Create(new MesoRulesOptions { PolicyName = "north" }).CanonicalText, policy.CanonicalText);
    }

    [Fact]
    public void The_validator_vouches_only_for_the_instance_it_accepted_since_it_was_told_to_forget()
    {
        var validator = new MesoRulesOptionsValidator();
        var accepted = new MesoRulesOptions();
        var refused = new MesoRulesOptions { PolicyName = " " };

        validator.Forget();
        Assert.True(validator.Validate(Options.DefaultName, accepted).Succeeded);
        Assert.False(validator.Accepted(new MesoRulesOptions()));

        validator.Forget();
        Assert.True(validator.Validate(Options.DefaultName, accepted).Succeeded);
        validator.Forget();
        Assert.False(validator.Accepted(accepted));

        Assert.True(validator.Validate(Options.DefaultName, accepted).Succeeded);
        Assert.True(validator.Accepted(accepted));
        Assert.False(validator.Accepted(accepted));

        Assert.True(validator.Validate(Options.DefaultName, refused).Failed);
        Assert.False(validator.Accepted(refused));
    }
}
