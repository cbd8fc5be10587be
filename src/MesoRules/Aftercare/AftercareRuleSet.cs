using MesoRules.Policy;
using MesoRules.Rules;

namespace MesoRules.Aftercare;

/// <summary>The compiled, immutable aftercare rules of one policy snapshot.</summary>
internal sealed class AftercareRuleSet
{
    private readonly RuleDescriptor[] _descriptors = [];

    private AftercareRuleSet()
    {
    }

    public IEnumerable<RuleDescriptor> Descriptors => _descriptors;

    public static void Validate(AftercareOptions? options, string prefix, OptionsFailures failures)
    {
        failures.NotNull(prefix, options);
    }

    public static AftercareRuleSet Compile(AftercareOptions options, PolicyFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fingerprint);
        return new AftercareRuleSet();
    }
}
