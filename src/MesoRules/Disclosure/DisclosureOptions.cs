namespace MesoRules.Disclosure;

/// <summary>The clinic's risk-disclosure settings.</summary>
public sealed class DisclosureOptions
{
}
