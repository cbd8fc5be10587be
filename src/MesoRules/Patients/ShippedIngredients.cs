namespace MesoRules.Patients;

/// <summary>
/// The library's table of ingredient names: each group is one substance (or one substance with its salts, which
/// carry the same allergen) under every name a vial or a patient may use. A name that stands for several substances
/// (<c>vitamin B3</c>: niacinamide and niacin; <c>vitamin B5</c>: pantothenic acid and dexpanthenol) is listed in each
/// of their groups, so it matches all of them: on the safe side.
/// </summary>
/// <remarks>
/// The substances are those of published hair-mesotherapy mixes (vitamins of the B group, C and E, hyaluronic acid,
/// amino acids, peptides, anti-androgens, local anaesthetics; 2023 systematic review of 27 studies). The names are the
/// INN, the INCI name of the European Commission's CosIng database, and the common and vitamin names listed for each
/// substance in PubChem.
/// </remarks>
internal static class ShippedIngredients
{
    /// <summary>Why the names of a shipped group are matched as one ingredient.</summary>
    public const string Rationale = "An allergy under any name of an ingredient is an allergy to that ingredient; a vial and a patient may use different names (INN, INCI, vitamin or common name), and a name that stands for several substances covers each of them.";

    private const string Names = "INN; INCI name (European Commission CosIng database); synonyms listed in PubChem";
    private const string Vitamins = "Vitamin names: IUPAC-IUB nomenclature of vitamins; synonyms listed in PubChem";
    private const string Anaesthetics = "INN and BAN (British Approved Name); synonyms listed in PubChem";

    public static IReadOnlyList<(string Id, string[] Names, string Citation)> Groups { get; } =
    [
        ("hyaluronic-acid", ["hyaluronic acid", "sodium hyaluronate", "hyaluronan", "hyaluronate"], Names),
        ("biotin", ["biotin", "vitamin B7", "vitamin H", "coenzyme R", "vitamin B complex"], Vitamins),
        ("dexpanthenol", ["dexpanthenol", "panthenol", "D-panthenol", "pantothenol", "provitamin B5", "vitamin B5", "vitamin B complex"], Vitamins),
        ("pantothenic-acid", ["pantothenic acid", "calcium pantothenate", "pantothenate", "vitamin B5", "vitamin B complex"], Vitamins),
        ("niacinamide", ["niacinamide", "nicotinamide", "vitamin B3", "vitamin PP", "vitamin B complex"], Vitamins),
        ("niacin", ["niacin", "nicotinic acid", "vitamin B3", "vitamin PP", "vitamin B complex"], Vitamins),
        ("thiamine", ["thiamine", "thiamin", "aneurine", "vitamin B1", "vitamin B complex"], Vitamins),
        ("riboflavin", ["riboflavin", "riboflavine", "lactoflavin", "vitamin B2", "vitamin B complex"], Vitamins),
        ("pyridoxine", ["pyridoxine", "pyridoxol", "vitamin B6", "vitamin B complex"], Vitamins),
        ("folic-acid", ["folic acid", "folate", "folacin", "pteroylglutamic acid", "vitamin B9", "vitamin M", "vitamin B complex"], Vitamins),
        ("cyanocobalamin", ["cyanocobalamin", "cobalamin", "vitamin B12", "vitamin B complex"], Vitamins),
        ("hydroxocobalamin", ["hydroxocobalamin", "hydroxycobalamin", "cobalamin", "vitamin B12", "vitamin B12a", "vitamin B complex"], Vitamins),
        ("methylcobalamin", ["methylcobalamin", "mecobalamin", "cobalamin", "vitamin B12", "vitamin B complex"], Vitamins),
        ("ascorbic-acid", ["ascorbic acid", "ascorbate", "sodium ascorbate", "vitamin C"], Vitamins),
        ("tocopherol", ["tocopherol", "tocopheryl acetate", "alpha-tocopherol", "vitamin E"], Vitamins),
        ("retinol", ["retinol", "retinyl palmitate", "retinyl acetate", "vitamin A"], Vitamins),
        ("dimethylaminoethanol", ["dimethylaminoethanol", "deanol", "DMAE"], Names),
        ("copper-tripeptide-1", ["copper tripeptide-1", "GHK-Cu", "copper peptide"], Names),
        ("coenzyme-q10", ["ubiquinone", "ubidecarenone", "coenzyme Q10", "CoQ10"], Names),
        ("polydeoxyribonucleotide", ["polydeoxyribonucleotide", "PDRN", "sodium DNA"], Names),
        ("methylsilanetriol", ["monomethylsilanetriol", "methylsilanetriol", "MMST", "organic silicon"], Names),
        ("cysteine", ["cysteine", "L-cysteine", "cysteine hydrochloride"], Names),
        ("acetylcysteine", ["acetylcysteine", "N-acetylcysteine", "NAC"], Names),
        ("glutathione", ["glutathione", "GSH"], Names),
        ("procaine", ["procaine", "novocaine"], Anaesthetics),
        ("lidocaine", ["lidocaine", "lignocaine"], Anaesthetics),
        ("minoxidil", ["minoxidil", "minoxidil sulfate"], Names),
    ];
}
