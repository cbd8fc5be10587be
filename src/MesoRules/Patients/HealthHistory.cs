namespace MesoRules.Patients;

/// <summary>
/// The patient's answers to the health questions rules need. Every answer defaults to
/// <see cref="Answer.Unknown"/>, so a question nobody asked is never read as "no".
/// </summary>
/// <remarks>
/// Properties are settable so that JSON readers and model binders keep the defaults of members they do not
/// see; the engines only read a history, once per call.
/// </remarks>
public sealed class HealthHistory
{
    /// <summary>A new history in which every answer is <see cref="Answer.Unknown"/>.</summary>
    public static HealthHistory AllUnknown => new();

    /// <summary>
    /// A new history in which every answer is <see cref="Answer.No"/>: the patient was asked every question and
    /// denied each one. Use it only when that is what the patient answered; a question nobody asked stays
    /// <see cref="Answer.Unknown"/> (see <see cref="AllUnknown"/>).
    /// </summary>
    public static HealthHistory AllNo
    {
        get
        {
            var history = new HealthHistory();
            foreach (HealthFact fact in HealthFacts.All)
            {
                fact.Write(history, Answer.No);
            }

            return history;
        }
    }

    /// <summary>Pregnancy. <value>The default value is <see cref="Answer.Unknown"/>.</value></summary>
    public Answer Pregnancy { get; set; }

    /// <summary>Breastfeeding. <value>The default value is <see cref="Answer.Unknown"/>.</value></summary>
    public Answer Breastfeeding { get; set; }

    /// <summary>Active infection or inflammation of the scalp at the injection sites. <value>The default value is <see cref="Answer.Unknown"/>.</value></summary>
    public Answer ActiveScalpInfection { get; set; }

    /// <summary>Active skin disease. <value>The default value is <see cref="Answer.Unknown"/>.</value></summary>
    public Answer ActiveSkinDisease { get; set; }

    /// <summary>Bleeding or clotting disorder. <value>The default value is <see cref="Answer.Unknown"/>.</value></summary>
    public Answer BleedingDisorder { get; set; }

    /// <summary>Anticoagulant or antiplatelet medicine. <value>The default value is <see cref="Answer.Unknown"/>.</value></summary>
    public Answer Anticoagulants { get; set; }

    /// <summary>Immunosuppression. <value>The default value is <see cref="Answer.Unknown"/>.</value></summary>
    public Answer Immunosuppression { get; set; }

    /// <summary>Diabetes. <value>The default value is <see cref="Answer.Unknown"/>.</value></summary>
    public Answer Diabetes { get; set; }

    /// <summary>Autoimmune disease. <value>The default value is <see cref="Answer.Unknown"/>.</value></summary>
    public Answer AutoimmuneDisease { get; set; }

    /// <summary>Current cancer treatment. <value>The default value is <see cref="Answer.Unknown"/>.</value></summary>
    public Answer CancerTreatment { get; set; }

    /// <summary>Keloid or abnormal scarring tendency. <value>The default value is <see cref="Answer.Unknown"/>.</value></summary>
    public Answer KeloidTendency { get; set; }

    /// <summary>Predisposition to infection. <value>The default value is <see cref="Answer.Unknown"/>.</value></summary>
    public Answer InfectionPredisposition { get; set; }

    /// <summary>Returns the answer for one health factor.</summary>
    /// <param name="factor">The factor to read.</param>
    /// <returns>The recorded answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not a defined <see cref="HealthFactor"/>.</exception>
    internal Answer Get(HealthFactor factor) => HealthFacts.Of(factor, nameof(factor)).Read(this);

    /// <summary>Whether any answer is outside the defined <see cref="Answer"/> values.</summary>
    internal bool HasUndefinedAnswer()
    {
        // An indexed loop: a foreach over the registry's list would allocate its enumerator on every assessment.
        IReadOnlyList<HealthFact> facts = HealthFacts.All;
        for (int i = 0; i < facts.Count; i++)
        {
            if (Undefined(facts[i].Read(this)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Undefined(Answer answer) => (uint)answer > (uint)Answer.Yes;

    /// <summary>Returns a copy with one factor's answer replaced.</summary>
    /// <param name="factor">The factor to set.</param>
    /// <param name="answer">The new answer.</param>
    /// <returns>A new history; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not a defined <see cref="HealthFactor"/>, or <paramref name="answer"/> is not a defined <see cref="Answer"/>.</exception>
    internal HealthHistory With(HealthFactor factor, Answer answer)
    {
        if (Undefined(answer))
        {
            throw new ArgumentOutOfRangeException(nameof(answer), "answer is not a defined Answer value; allowed: Unknown, No, Yes.");
        }

        HealthFact fact = HealthFacts.Of(factor, nameof(factor));
        var copy = (HealthHistory)MemberwiseClone();
        fact.Write(copy, answer);
        return copy;
    }


    /// <summary>All health factors, in declaration order.</summary>
    internal static IReadOnlyList<HealthFactor> Factors { get; } = [.. HealthFacts.All.Select(f => f.Factor)];
}
