namespace MesoRules.Aftercare;

/// <summary>The clinic's aftercare settings.</summary>
public sealed class AftercareOptions
{
}
