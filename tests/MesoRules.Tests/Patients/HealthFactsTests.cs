using System.Reflection;
using System.Text.Json;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Serialization;

namespace MesoRules.Tests.Patients;

/// <summary>The registry of health facts: one entry per factor, and every place that names a fact names it as the registry does.</summary>
public class HealthFactsTests
{
    public static TheoryData<string> Factors => [.. Enum.GetNames<HealthFactor>()];

    [Fact]
    public void The_registry_holds_every_factor_once_in_enum_order()
    {
        Assert.Equal(Enum.GetValues<HealthFactor>(), HealthFacts.All.Select(f => f.Factor));
        Assert.Equal(HealthHistory.Factors, HealthFacts.All.Select(f => f.Factor));
    }

    [Theory]
    [MemberData(nameof(Factors))]
    public void A_facts_names_are_its_history_property_its_json_member_and_its_fingerprint_key(string factorName)
    {
        HealthFactor factor = Enum.Parse<HealthFactor>(factorName);
        HealthFact fact = HealthFacts.Of(factor);
        PropertyInfo property = typeof(HealthHistory).GetProperty(fact.Name)!;
        Assert.NotNull(property);

        HealthHistory history = HealthHistory.AllUnknown.With(factor, Answer.Yes);
        Assert.Equal(Answer.Yes, property.GetValue(history));
        Assert.Equal(Answer.Yes, fact.Read(history));
        Assert.Equal("Yes", JsonDocument.Parse(MesoRulesJson.Serialize(history)).RootElement.GetProperty(fact.JsonName).GetString());
        Assert.Equal($"health.{fact.JsonName}", fact.FactName);

        // The history fingerprint writes one line per fact under the registry's key.
        var patient = new PatientProfile { Health = history };
        Assert.Contains($"\nhealth.{fact.Key}=yes\n", HistoryFingerprint.CanonicalText(patient), StringComparison.Ordinal);
    }

    [Fact]
    public void The_eligibility_rules_and_the_raised_risks_name_facts_as_the_registry_does()
    {
        string[] names = [.. HealthFacts.All.Select(f => f.FactName)];
        var patient = new PatientProfile { Health = HealthHistory.AllUnknown };
        string[] asked = [.. new EligibilityEngine().Assess(patient).Notes.SelectMany(n => n.Facts).Where(f => f.StartsWith("health.", StringComparison.Ordinal)).Distinct()];
        Assert.Equal(names.Order(StringComparer.Ordinal), asked.Order(StringComparer.Ordinal));

        RiskDisclosure disclosure = new DisclosureEngine().Disclose(new PatientProfile { Cause = HairLossCause.AndrogeneticAlopecia, Health = HealthHistory.AllNo.With(HealthFactor.Diabetes, Answer.Yes).With(HealthFactor.KeloidTendency, Answer.Yes) });
        Assert.All(disclosure.Risks.SelectMany(r => r.RaisingFacts).Where(f => f.StartsWith("health.", StringComparison.Ordinal)), f => Assert.Contains(f, names));
        Assert.Equal(
            [HealthFacts.Of(HealthFactor.Diabetes).FactName, HealthFacts.Of(HealthFactor.KeloidTendency).FactName],
            disclosure.Risks.SelectMany(r => r.RaisedBy).Select(r => r.Fact));
    }

    [Theory]
    [MemberData(nameof(Factors))]
    public void The_packed_answers_hold_each_facts_answer_where_the_registry_says(string factorName)
    {
        HealthFactor factor = Enum.Parse<HealthFactor>(factorName);
        foreach (Answer answer in Enum.GetValues<Answer>())
        {
            HealthHistory history = HealthHistory.AllNo.With(factor, answer);
            uint packed = history.Pack(out bool undefined);
            Assert.False(undefined);
            Assert.All(HealthFacts.All, f => Assert.Equal(f.Read(history), HealthHistory.AnswerIn(packed, f.Factor)));
        }

        foreach (Answer undefinedAnswer in new[] { (Answer)3, (Answer)(-1), (Answer)42 })
        {
            HealthHistory history = HealthHistory.AllNo;
            HealthFacts.Of(factor).Write(history, undefinedAnswer);
            history.Pack(out bool undefined);
            Assert.True(undefined);
            Assert.True(history.HasUndefinedAnswer());
        }
    }

    [Fact]
    public void An_undefined_factor_is_refused_naming_the_parameter()
    {
        Assert.Throws<ArgumentOutOfRangeException>("factor", () => HealthHistory.AllUnknown.Get((HealthFactor)12));
        Assert.Throws<ArgumentOutOfRangeException>("factor", () => HealthHistory.AllUnknown.With((HealthFactor)(-1), Answer.No));
    }
}
