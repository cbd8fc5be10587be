using Microsoft.Extensions.Time.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Core;
using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Tests.Disclosure;
using MesoRules.Tests.Patients;

namespace MesoRules.Tests.Core;

/// <summary>
/// Every instant a caller passes is checked the same way: an unset (<see langword="default"/>), MinValue, MaxValue or
/// otherwise out-of-range instant is an <see cref="ArgumentOutOfRangeException"/> naming the parameter, never an answer.
/// </summary>
public class InstantArgumentTests
{
    private static readonly DateTimeOffset Valid = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly AftercareEngine Aftercare = new();
    private static readonly RiskDisclosure Disclosure = DisclosureTestData.Engine.Disclose(SamplePatients.Clear);
    private static readonly DisclosureAcknowledgment Acknowledgment = DisclosureTestData.Engine.Acknowledge(Disclosure, "MRN-1", AcknowledgingParty.Patient);

    /// <summary>
    /// One call per public method and instant parameter, keyed "Type.Method(parameter types):parameter". The call
    /// passes the instant under test in that parameter and valid values everywhere else.
    /// </summary>
    private static readonly Dictionary<string, (string ParamName, Action<DateTimeOffset> Call)> Calls = new(StringComparer.Ordinal)
    {
        ["AftercareEngine.Check(AftercareActivity,DateTimeOffset,ReadOnlySpan`1,ReadOnlySpan`1):at"] = ("at", t => Aftercare.Check(AftercareActivity.Sun, t, [Valid], [])),
        ["AftercareEngine.Check(AftercareActivity,DateTimeOffset,ReadOnlySpan`1,ReadOnlySpan`1):sessionEnds"] = ("sessionEnds[0]", t => Aftercare.Check(AftercareActivity.Sun, Valid, [t], [])),
        ["AftercareEngine.ActiveAt(DateTimeOffset,ReadOnlySpan`1,ReadOnlySpan`1):at"] = ("at", t => Aftercare.ActiveAt(t, [Valid])),
        ["AftercareEngine.ActiveAt(DateTimeOffset,ReadOnlySpan`1,ReadOnlySpan`1):sessionEnds"] = ("sessionEnds[0]", t => Aftercare.ActiveAt(Valid, [t])),
        ["AftercareEngine.Schedule(ReadOnlySpan`1,ReadOnlySpan`1,PatientLanguage):sessionEnds"] = ("sessionEnds[0]", t => Aftercare.Schedule([t], [])),
        ["AftercareWindow.StatusAt(DateTimeOffset):instant"] = ("instant", t => Aftercare.Schedule([Valid]).Windows[0].StatusAt(t)),
        ["DisclosureAcknowledgment..ctor(String,String,String,DateTimeOffset,AcknowledgingParty,String,PatientLanguage):acknowledgedAt"] =
            ("acknowledgedAt", t => _ = new DisclosureAcknowledgment(Disclosure.ContentHash, Disclosure.PolicyVersion, "MRN-1", t, AcknowledgingParty.Patient)),
        ["DisclosureAcknowledgment.Verify(RiskDisclosure,DateTimeOffset):firstSessionStart"] = ("firstSessionStart", t => Acknowledgment.Verify(Disclosure, t)),
        ["DisclosureEngine.CheckConsent(PatientProfile,IEnumerable`1,DateTimeOffset,PatientLanguage):firstSessionStart"] = ("firstSessionStart", t => DisclosureTestData.Engine.CheckConsent(SamplePatients.Clear, [Acknowledgment], t)),
    };

    /// <summary>Results the engines build: their constructors take the instants an engine computed, not a caller's input.</summary>
    private static readonly HashSet<Type> Results =
    [
        typeof(AftercareActiveRestrictions), typeof(AftercareCheck), typeof(AftercareSchedule), typeof(AftercareWindow), typeof(MesoRules.Planning.PlannedSession),
    ];

    public static TheoryData<DateTimeOffset> Unset => [default, DateTimeOffset.MinValue, DateTimeOffset.MaxValue];

    [Fact]
    public void Every_public_method_taking_an_instant_is_in_the_table()
    {
        SortedSet<string> found = PublicSurface.Parameters(t => t == typeof(DateTimeOffset) || t == typeof(ReadOnlySpan<DateTimeOffset>), Results);
        Assert.Equal("", string.Join("; ", found.Except(Calls.Keys)));
        Assert.Equal("", string.Join("; ", Calls.Keys.Except(found)));
    }

    [Theory]
    [MemberData(nameof(Unset))]
    public void Every_public_method_refuses_an_unset_or_extreme_instant_naming_the_parameter(DateTimeOffset instant)
    {
        foreach ((string key, (string paramName, Action<DateTimeOffset> call)) in Calls)
        {
            ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => call(instant));
            Assert.True(paramName == ex.ParamName, $"{key}: expected parameter {paramName}, got {ex.ParamName}");
            Assert.Contains("1900-01-01T00:00:00Z to 9999-01-01T00:00:00Z", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_public_method_accepts_a_valid_instant()
    {
        foreach ((_, (_, Action<DateTimeOffset> call)) in Calls)
        {
            call(Valid);
        }
    }

    private static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Unset and extreme instants, and instants up to about a year outside either end, in offsets from -14:00 to +14:00.</summary>
    private static Gen<DateTimeOffset> OutOfRange =>
        Gen.OneOf(
            Gen.Elements(default(DateTimeOffset), DateTimeOffset.MinValue, DateTimeOffset.MaxValue),
            from minutes in Gen.Choose(1, 500_000) from offset in Gen.Choose(-56, 56) select Earliest.AddMinutes(-minutes).ToOffset(TimeSpan.FromMinutes(offset * 15)),
            from minutes in Gen.Choose(1, 500_000) from offset in Gen.Choose(-56, 56) select Latest.AddMinutes(minutes).ToOffset(TimeSpan.FromMinutes(offset * 15)));

    [Property(MaxTest = 300)]
    public Property Any_instant_outside_the_range_in_any_offset_is_refused_by_every_method() =>
        Prop.ForAll(
            (from key in Gen.Elements(Calls.Keys.ToArray()) from instant in OutOfRange select (key, instant)).ToArbitrary(),
            x =>
            {
                (string paramName, Action<DateTimeOffset> call) = Calls[x.key];
                try
                {
                    call(x.instant);
                    return false;
                }
                catch (ArgumentOutOfRangeException ex)
                {
                    return ex.ParamName == paramName;
                }
            });

    [Fact]
    public void A_clock_that_was_never_set_is_refused_by_every_method_that_reads_it()
    {
        var unset = new FakeTimeProvider(default);
        var aftercare = new AftercareEngine(MesoRulesPolicy.Default);
        var disclosures = new DisclosureEngine(MesoRulesPolicy.Default, unset);
        Action[] calls =
        [
            () => disclosures.Disclose(SamplePatients.Clear),
            () => disclosures.Acknowledge(Disclosure, "MRN-1", AcknowledgingParty.Patient),
            () => disclosures.CheckConsent(SamplePatients.Clear, [], Valid),
            () => new MesoRules.Planning.SessionPlanner(MesoRulesPolicy.Default, unset).Plan(new MesoRules.Planning.PlanRequest
            {
                Patient = SamplePatients.Clear,
                CourseStart = new DateOnly(2026, 3, 2),
                TimeZone = TimeZoneInfo.Utc,
            }),
        ];
        foreach (Action call in calls)
        {
            InvalidOperationException ex = Assert.Throws<InvalidOperationException>(call);
            Assert.Contains("TimeProvider", ex.Message, StringComparison.Ordinal);
        }
    }
}
