namespace MesoRules.Eligibility;

/// <summary>Whether a rule expresses a contraindication, and of which kind.</summary>
public enum ContraindicationKind
{
    /// <summary>Not a contraindication: information, expectation or a request for facts.</summary>
    None = 0,

    /// <summary>Treatment may go ahead after the risk is weighed, with precautions or a practitioner's review.</summary>
    Relative = 1,

    /// <summary>Treatment must not go ahead while the condition holds.</summary>
    Absolute = 2,
}
