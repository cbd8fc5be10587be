namespace MesoRules.Core;

/// <summary>The authority a rule rests on.</summary>
public enum Provenance
{
    /// <summary>The clinic FAQ on hair mesotherapy that defines the library's domain.</summary>
    SourceFaq = 0,

    /// <summary>Published clinical literature; the rule's citation names the source.</summary>
    ClinicalLiterature = 1,

    /// <summary>Common clinical practice, not stated in the source FAQ; shipped as a default a clinic can change.</summary>
    ClinicalPractice = 2,

    /// <summary>A rule or setting added by the clinic itself.</summary>
    Clinic = 3,
}
