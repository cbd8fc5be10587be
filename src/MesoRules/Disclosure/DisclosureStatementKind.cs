namespace MesoRules.Disclosure;

/// <summary>The kind of a statement of a risk disclosure that is not itself a risk.</summary>
public enum DisclosureStatementKind
{
    /// <summary>The general statement shown first.</summary>
    General = 0,

    /// <summary>The alternatives to mesotherapy.</summary>
    Alternatives = 1,

    /// <summary>A sign to watch for after treatment, with when to contact the clinic.</summary>
    WarningSign = 2,
}
