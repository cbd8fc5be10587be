namespace MesoRules.Disclosure;

/// <summary>
/// How a risk stands for this patient compared with patients in general. Ordered: a higher value is a higher
/// risk, and adding a raising fact to a profile never lowers a risk's level.
/// </summary>
public enum RiskLevel
{
    /// <summary>No known fact of the patient raises the risk. Unknown facts do not raise it either.</summary>
    Baseline = 0,

    /// <summary>A fact of the patient raises the risk (see <see cref="DisclosedRisk.RaisedBy"/>).</summary>
    Raised = 1,

    /// <summary>A fact of the patient raises the risk clearly: an allergy to a component of the formulation to be injected.</summary>
    HighlyRaised = 2,
}
