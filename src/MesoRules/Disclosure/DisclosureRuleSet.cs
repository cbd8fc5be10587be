using MesoRules.Policy;
using MesoRules.Rules;

namespace MesoRules.Disclosure;

/// <summary>The compiled, immutable risk-disclosure content of one policy snapshot.</summary>
internal sealed class DisclosureRuleSet
{
    private readonly RuleDescriptor[] _descriptors = [];

    private DisclosureRuleSet()
    {
    }

    public IEnumerable<RuleDescriptor> Descriptors => _descriptors;

    public static void Validate(DisclosureOptions? options, string prefix, OptionsFailures failures)
    {
        failures.NotNull(prefix, options);
    }

    public static DisclosureRuleSet Compile(DisclosureOptions options, PolicyFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fingerprint);
        return new DisclosureRuleSet();
    }
}
