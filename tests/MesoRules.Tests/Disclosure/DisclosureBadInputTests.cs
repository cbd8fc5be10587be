using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Policy;
using static MesoRules.Tests.Disclosure.DisclosureTestData;

namespace MesoRules.Tests.Disclosure;

public class DisclosureBadInputTests
{
    [Fact]
    public void A_null_patient_is_an_argument_null_exception_naming_the_parameter()
    {
        Assert.Equal("patient", Assert.Throws<ArgumentNullException>(() => Engine.Disclose(null!)).ParamName);
    }

    [Fact]
    public void Null_engine_arguments_are_rejected()
    {
        Assert.Equal("policies", Assert.Throws<ArgumentNullException>(() => new DisclosureEngine(null!, TimeProvider.System)).ParamName);
        Assert.Equal("time", Assert.Throws<ArgumentNullException>(() => new DisclosureEngine(MesoRulesPolicy.Default, null!)).ParamName);
    }

    public static TheoryData<string, PatientProfile> OutOfRange => new()
    {
        { "patient.Cause", Reference.With(it0 => { it0.Cause = (HairLossCause)42; }) },
        { "patient.AgeYears", Reference.With(it1 => { it1.AgeYears = 999; }) },
        { "patient.Health.Diabetes", Reference.With(it3 => { it3.Health = HealthHistory.AllNo.With(it2 => { it2.Diabetes = (Answer)9; }); }) },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void An_invalid_profile_is_out_of_range_naming_the_member_not_the_value(string member, PatientProfile patient)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Disclose(patient));
        Assert.Equal(member, ex.ParamName);
        Assert.DoesNotContain("999", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_collections_are_argument_null_exceptions_naming_the_member()
    {
        Assert.Equal("patient.Allergies", Assert.Throws<ArgumentNullException>(() => Engine.Disclose(Reference.With(it4 => { it4.Allergies = null!; }))).ParamName);
        Assert.Equal("patient.Health", Assert.Throws<ArgumentNullException>(() => Engine.Disclose(Reference.With(it5 => { it5.Health = null!; }))).ParamName);
    }

    [Fact]
    public void A_blank_allergy_substance_is_rejected_without_echoing_patient_data()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Engine.Disclose(Reference.With(it6 => { it6.Allergies = [new KnownAllergy("peanut"), new KnownAllergy(" ")]; })));
        Assert.Equal("patient.Allergies[1].Substance", ex.ParamName);
        Assert.DoesNotContain("peanut", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_risk_id_lookup_names_the_id_list_not_patient_data()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Engine.Disclose(Reference).GetRisk("disclosure.risk.nope"));
        Assert.Equal("ruleId", ex.ParamName);
        Assert.Contains(DisclosureRuleIds.Infection, ex.Message, StringComparison.Ordinal);
    }
}
