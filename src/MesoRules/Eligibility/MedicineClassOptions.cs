using MesoRules.Core;
using ClassSettings = MesoRules.Core.Settings<MesoRules.Eligibility.MedicineClassOptions>;

namespace MesoRules.Eligibility;

/// <summary>
/// The clinic's setting for one medicine class of <see cref="EligibilityOptions.MedicineClasses"/>: names and ATC codes
/// added to a shipped class, a class of the clinic's own, or a shipped class switched off (with a reason).
/// </summary>
public sealed class MedicineClassOptions
{
    /// <summary>
    /// The class's name as notes show it. Required for a class of the clinic's own; for a shipped class it replaces the
    /// shipped name. <value>The default value is <see langword="null"/>; allowed: 1 to 200 characters, not blank.</value>
    /// </summary>
    public string? Name { get; set; }

    /// <summary>
    /// The health answer the class stands for, named as the <see cref="Patients.HealthHistory"/> property (<c>Anticoagulants</c>,
    /// <c>Immunosuppression</c>, <c>CancerTreatment</c>...): a medicine of the class counts as Yes when the answer is
    /// unknown, and contradicts an answer of No. A class without one has its own rule, <c>eligibility.medicine.&lt;class id&gt;</c>,
    /// which fires when a medicine of the class is listed (outcome <see cref="EligibilityOutcome.ReferToSpecialist"/>,
    /// re-gradable through <see cref="EligibilityOptions.Rules"/>). Only for a class of the clinic's own, and not
    /// <c>Pregnancy</c> or <c>Breastfeeding</c> (a medicine does not answer those).
    /// <value>The default value is <see langword="null"/>.</value>
    /// </summary>
    public string? Answers { get; set; }

    /// <summary>Generic names, matched as whole words in the medicine list (dose and schedule text do not count). <value>The default value is empty; allowed: each name 1 to 200 characters with at least two letters or digits.</value></summary>
    public IList<string> Names { get; set; } = new List<string>();

    /// <summary>ATC codes or code prefixes (<c>B01A</c>, <c>B01AF01</c>); a medicine written as an ATC code within one counts. <value>The default value is empty; allowed: ATC code syntax, a letter, two digits, then up to two letters and two digits.</value></summary>
    public IList<string> AtcCodes { get; set; } = new List<string>();

    /// <summary>
    /// Whether the class is screened. Switching a shipped class off needs <see cref="Reason"/>: a medicine of it then
    /// passes unread. <value>The default value is <see langword="null"/>: on.</value>
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>The clinic's recorded reason for switching a shipped class off; part of the policy version and shown on the class. <value>The default value is <see langword="null"/>; allowed: 1 to 500 characters, not blank.</value></summary>
    public string? Reason { get; set; }

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        ClassSettings.Text(nameof(Name), static (o, v) => o.Name = v, EligibilityOptions.ClassNameLength),
        ClassSettings.Text(nameof(Answers), static (o, v) => o.Answers = v),
        ClassSettings.TextList(nameof(Names), "[\"warfarin\"]", static (o, v) => o.Names = v),
        ClassSettings.TextList(nameof(AtcCodes), "[\"B01A\"]", static (o, v) => o.AtcCodes = v),
        ClassSettings.Flag(nameof(Enabled), static (o, v) => o.Enabled = v),
        ClassSettings.Text(nameof(Reason), static (o, v) => o.Reason = v, SafetyFloor.ReasonLength));
}
