using Microsoft.Extensions.Time.Testing;
using MesoRules.Aftercare;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Disclosure;
using MesoRules.Planning;
using MesoRules.Policy;
using MesoRules.Tests.Patients;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace MesoRules.Tests.DependencyInjection;

public class AddMesoRulesTests
{
    [Fact]
    public void AddMesoRules_registers_engines_that_assess_a_patient()
    {
        using ServiceProvider sp = new ServiceCollection().AddMesoRules().BuildServiceProvider();
        EligibilityAssessment a = sp.GetRequiredService<EligibilityEngine>().Assess(SamplePatients.Clear);
        Assert.Equal(EligibilityOutcome.Eligible, a.Outcome);
        Assert.Equal(MesoRulesPolicy.Default.Version, a.PolicyVersion);
        Assert.Equal(
            AftercareStatus.NotYet,
            sp.GetRequiredService<AftercareEngine>().Check(AftercareActivity.Sun, new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero), [new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero)]).Status);
        Assert.Equal(PlanningRuleIds.SeverityUnknown, Assert.Single(sp.GetRequiredService<SessionPlanner>().Plan(new PlanRequest { Patient = SamplePatients.Clear.With(it0 => { it0.Severity = Severity.Unknown; }), CourseStart = new DateOnly(2026, 3, 2), TimeZone = TimeZoneInfo.Utc }).Findings).RuleId);
        Assert.Equal(6, sp.GetRequiredService<DisclosureEngine>().Disclose(SamplePatients.Clear).Risks.Length);
    }

    [Fact]
    public void Calling_AddMesoRules_twice_registers_each_service_once_and_applies_both_configurations()
    {
        var services = new ServiceCollection();
        services.AddMesoRules(o => o.Eligibility.MinimumAgeYears = 21).AddMesoRules(o => o.PolicyName = "north");
        foreach (Type type in new[] { typeof(EligibilityEngine), typeof(AftercareEngine), typeof(IMesoRulesPolicyProvider), typeof(MonitoredPolicyProvider), typeof(TimeProvider), typeof(IValidateOptions<MesoRulesOptions>) })
        {
            Assert.Single(services, d => d.ServiceType == type);
        }

        using ServiceProvider sp = services.BuildServiceProvider();
        MesoRulesPolicy policy = sp.GetRequiredService<IMesoRulesPolicyProvider>().Current;
        Assert.Equal(21, policy.EligibilityRules.MinimumAgeYears);
        Assert.Equal("north", policy.Name);
    }

    [Fact]
    public void Invalid_options_fail_start_up_validation_with_every_failure()
    {
        using ServiceProvider sp = new ServiceCollection()
            .AddMesoRules(o =>
            {
                o.PolicyName = "";
                o.Eligibility.MinimumAgeYears = 500;
            })
            .BuildServiceProvider();

        // IStartupValidator is what a host runs at start-up for ValidateOnStart.
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("MesoRules:PolicyName: must not be null or blank.", ex.Failures);
        Assert.Contains("MesoRules:Eligibility:MinimumAgeYears: 500 is outside the allowed range 0..100.", ex.Failures);
    }

    [Fact]
    public void A_registered_TimeProvider_is_kept()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddMesoRules();
        using ServiceProvider sp = services.BuildServiceProvider();
        Assert.Same(clock, sp.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddMesoRules_rejects_a_null_collection()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => MesoRulesServiceCollectionExtensions.AddMesoRules(null!)).ParamName);
    }

    [Fact]
    public void An_options_change_replaces_the_snapshot_and_invalid_changes_keep_the_old_one()
    {
        using var source = new ManualChangeSource();
        int minimumAge = 18;
        var services = new ServiceCollection();
        services.AddSingleton<IOptionsChangeTokenSource<MesoRulesOptions>>(source);
        services.AddMesoRules(o =>
        {
            o.Eligibility.MinimumAgeYears = Volatile.Read(ref minimumAge);
            o.Eligibility.MinimumAgeReason = "Patients of 16 and 17 come with a guardian";
        });
        using ServiceProvider sp = services.BuildServiceProvider();
        var provider = sp.GetRequiredService<MonitoredPolicyProvider>();
        EligibilityEngine engine = sp.GetRequiredService<EligibilityEngine>();
        string first = provider.Current.Version;
        MesoRulesPolicy? changed = null;
        OptionsValidationException? rejected = null;
        provider.PolicyChanged += (_, p) => changed = p;
        provider.PolicyRejected += (_, e) => rejected = e;

        Volatile.Write(ref minimumAge, 16);
        source.Fire();
        Assert.Same(changed, provider.Current);
        Assert.NotEqual(first, provider.Current.Version);
        Assert.DoesNotContain(engine.Assess(SamplePatients.Clear.With(it1 => { it1.AgeYears = 17; })).Notes, n => n.RuleId == EligibilityRuleIds.Minor);

        string second = provider.Current.Version;
        Volatile.Write(ref minimumAge, 1000);
        source.Fire();

        Assert.Equal(second, provider.Current.Version);
        Assert.NotNull(rejected);
        Assert.Contains("MesoRules:Eligibility:MinimumAgeYears: 1000 is outside the allowed range 0..100.", rejected.Failures);

        Volatile.Write(ref minimumAge, 20);
        source.Fire();
        Assert.Equal(20, provider.Current.EligibilityRules.MinimumAgeYears);
    }

    [Fact]
    public void After_start_up_validation_a_bad_change_or_an_unbindable_value_is_rejected_without_throwing_into_the_reload()
    {
        using var source = new ManualChangeSource();
        int minimumAge = 18;
        bool unbindable = false;
        var services = new ServiceCollection();
        services.AddSingleton<IOptionsChangeTokenSource<MesoRulesOptions>>(source);
        services.AddMesoRules(o =>
        {
            // What the configuration binder does with text where a number belongs.
            if (Volatile.Read(ref unbindable))
            {
                throw new InvalidOperationException("Failed to convert configuration value at 'MesoRules:Planning:FollowUpWeeks' to type 'System.Int32'.");
            }

            o.Eligibility.MinimumAgeYears = Volatile.Read(ref minimumAge);
        });
        using ServiceProvider sp = services.BuildServiceProvider();
        sp.GetRequiredService<IStartupValidator>().Validate();
        var provider = sp.GetRequiredService<MonitoredPolicyProvider>();
        string version = provider.Current.Version;
        var rejected = new List<OptionsValidationException>();
        provider.PolicyRejected += (_, e) => rejected.Add(e);

        Volatile.Write(ref minimumAge, 1000);
        source.Fire();
        Volatile.Write(ref minimumAge, 18);
        Volatile.Write(ref unbindable, true);
        source.Fire();

        Assert.Equal(version, provider.Current.Version);
        Assert.Equal(2, rejected.Count);
        Assert.Contains("MesoRules:Eligibility:MinimumAgeYears: 1000 is outside the allowed range 0..100.", rejected[0].Failures);
        Assert.Contains("FollowUpWeeks", Assert.Single(rejected[1].Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_up_validation_lists_every_failure_of_the_options()
    {
        var services = new ServiceCollection();
        services.AddMesoRules(o =>
        {
            o.Eligibility.MinimumAgeYears = 1000;
            o.Planning.FollowUpWeeks = -1;
        });
        using ServiceProvider sp = services.BuildServiceProvider();

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IStartupValidator>().Validate());
        Assert.Equal(typeof(MesoRulesOptions), ex.OptionsType);
        Assert.Contains(ex.Failures, f => f.StartsWith("MesoRules:Eligibility:MinimumAgeYears", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("MesoRules:Planning:FollowUpWeeks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evaluation_on_many_threads_while_options_change_sees_only_whole_snapshots()
    {
        using var source = new ManualChangeSource();
        int minimumAge = 18;
        var services = new ServiceCollection();
        services.AddSingleton<IOptionsChangeTokenSource<MesoRulesOptions>>(source);
        services.AddMesoRules(o =>
        {
            int age = Volatile.Read(ref minimumAge);
            o.Eligibility.MinimumAgeReason = "Patients of 16 and 17 come with a guardian";
            o.Eligibility.MinimumAgeYears = age;
            o.Eligibility.Rules[EligibilityRuleIds.Diabetes] = new EligibilityRuleOptions { Outcome = age == 18 ? EligibilityOutcome.EligibleWithCautions : EligibilityOutcome.Deferred };
        });
        using ServiceProvider sp = services.BuildServiceProvider();
        EligibilityEngine engine = sp.GetRequiredService<EligibilityEngine>();
        var provider = sp.GetRequiredService<IMesoRulesPolicyProvider>();
        string versionA = provider.Current.Version;

        PatientProfile patient = SamplePatients.Clear.With(it3 => { it3.AgeYears = 17; it3.Health = HealthHistory.AllNo.With(it2 => { it2.Diabetes = Answer.Yes; }); });
        using var stop = new CancellationTokenSource();
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
        int mixes = 0;
        using var started = new CountdownEvent(2);
        Task[] readers = [.. Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            started.Signal();
            do
            {
                EligibilityAssessment a = engine.Assess(patient);
                bool minorNote = a.Notes.Any(n => n.RuleId == EligibilityRuleIds.Minor);
                EligibilityOutcome diabetes = a.Notes.Single(n => n.RuleId == EligibilityRuleIds.Diabetes).Outcome;
                bool isA = a.PolicyVersion == versionA;
                // Snapshot A: minimum age 18 (minor note) and diabetes caution; snapshot B: age 16 and diabetes deferred.
                if (minorNote != isA || (diabetes == EligibilityOutcome.EligibleWithCautions) != isA)
                {
                    Interlocked.Increment(ref mixes);
                }

                seen.Add(a.PolicyVersion);
            }
            while (!stop.IsCancellationRequested);
        }))];

        started.Wait(TimeSpan.FromSeconds(30));
        for (int i = 0; i < 100; i++)
        {
            Volatile.Write(ref minimumAge, i % 2 == 0 ? 16 : 18);
            source.Fire();
            Thread.Yield();
        }

        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.Equal(0, mixes);
        Assert.Equal(2, seen.Distinct().Count());
    }

    private sealed class ManualChangeSource : IOptionsChangeTokenSource<MesoRulesOptions>, IDisposable
    {
        private CancellationTokenSource _cts = new();

        public string Name => Options.DefaultName;

        public IChangeToken GetChangeToken() => new CancellationChangeToken(_cts.Token);

        public void Fire()
        {
            CancellationTokenSource previous = Interlocked.Exchange(ref _cts, new CancellationTokenSource());
            previous.Cancel();
            previous.Dispose();
        }

        public void Dispose() => _cts.Dispose();
    }

}
