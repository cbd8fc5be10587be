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
        Pack(out bool undefined);
        return undefined;
    }

    /// <summary>
    /// Every answer in one value, read directly (no call per answer): the answer of factor <c>f</c> in bits <c>2f</c> and
    /// <c>2f + 1</c> (see <see cref="AnswerIn"/>). A test holds the order to <see cref="HealthFacts.All"/>.
    /// </summary>
    /// <param name="undefined">Set when an answer is outside the defined values; its bits are then not its value.</param>
    internal uint Pack(out bool undefined)
    {
        Answer a0 = Pregnancy, a1 = Breastfeeding, a2 = ActiveScalpInfection, a3 = ActiveSkinDisease, a4 = BleedingDisorder, a5 = Anticoagulants,
            a6 = Immunosuppression, a7 = Diabetes, a8 = AutoimmuneDisease, a9 = CancerTreatment, a10 = KeloidTendency, a11 = InfectionPredisposition;
        undefined = Undefined(a0) | Undefined(a1) | Undefined(a2) | Undefined(a3) | Undefined(a4) | Undefined(a5)
            | Undefined(a6) | Undefined(a7) | Undefined(a8) | Undefined(a9) | Undefined(a10) | Undefined(a11);
        return Bits(a0, 0) | Bits(a1, 1) | Bits(a2, 2) | Bits(a3, 3) | Bits(a4, 4) | Bits(a5, 5)
            | Bits(a6, 6) | Bits(a7, 7) | Bits(a8, 8) | Bits(a9, 9) | Bits(a10, 10) | Bits(a11, 11);
    }

    /// <summary>The answer of <paramref name="factor"/> in a value of <see cref="Pack"/>.</summary>
    internal static Answer AnswerIn(uint packed, HealthFactor factor) => (Answer)((packed >> (2 * (int)factor)) & 3);

    private static uint Bits(Answer answer, int factor) => ((uint)answer & 3) << (2 * factor);

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
