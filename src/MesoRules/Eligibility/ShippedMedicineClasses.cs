using MesoRules.Patients;

namespace MesoRules.Eligibility;

/// <summary>One medicine class as the library ships it: its ATC groups, common generic names, and the health question it answers.</summary>
internal sealed record MedicineClassDefinition(string Id, string Name, HealthFactor? Fact, string[] AtcCodes, string[] Names, string Concern);

/// <summary>
/// The library's catalogue of the medicine classes that matter for scalp injections, by their WHO ATC groups (WHO
/// Collaborating Centre for Drug Statistics Methodology, ATC/DDD Index) with common generic names (INN) of each. A name
/// matches whatever the route: a corticosteroid cream or inhaler counts as the class, on the safe side (its question is
/// then asked, or its answer checked), and the practitioner decides.
/// </summary>
internal static class ShippedMedicineClasses
{
    /// <summary>The citation of every shipped class.</summary>
    public const string Citation = "WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD Index (ATC groups); INN generic names";

    public static IReadOnlyList<MedicineClassDefinition> All { get; } =
    [
        new(
            "antithrombotic",
            "antithrombotic agents (anticoagulants and antiplatelets)",
            HealthFactor.Anticoagulants,
            ["B01A"],
            [
                "warfarin", "acenocoumarol", "phenprocoumon", "fluindione", "heparin", "enoxaparin", "dalteparin", "tinzaparin",
                "nadroparin", "bemiparin", "heparins", "fondaparinux", "argatroban", "bivalirudin", "apixaban", "rivaroxaban", "edoxaban", "dabigatran", "clopidogrel", "prasugrel",
                "ticagrelor", "ticlopidine", "dipyridamole", "cilostazol", "acetylsalicylic acid", "aspirin",
            ],
            "bleeding and bruising at the injection sites"),
        new(
            "immunosuppressant",
            "immunosuppressants",
            HealthFactor.Immunosuppression,
            ["L04A"],
            [
                "methotrexate", "ciclosporin", "cyclosporine", "cyclosporin", "tacrolimus", "sirolimus", "everolimus", "azathioprine",
                "mycophenolate", "mycophenolic acid", "leflunomide", "tofacitinib", "baricitinib", "upadacitinib", "ritlecitinib",
                "adalimumab", "etanercept", "infliximab", "certolizumab", "golimumab", "ustekinumab", "secukinumab", "fingolimod", "tocilizumab", "sarilumab", "abatacept", "anakinra",
            ],
            "infection and slower healing"),
        new(
            "systemic-corticosteroid",
            "corticosteroids for systemic use",
            HealthFactor.Immunosuppression,
            ["H02"],
            
            [
                "prednisone", "prednisolone", "methylprednisolone", "dexamethasone", "deflazacort", "cortisone", "fludrocortisone",
                "hydrocortisone", "betamethasone", "triamcinolone", "budesonide",
            ],
            "infection and slower healing"),
        new(
            "antineoplastic",
            "antineoplastic agents",
            HealthFactor.CancerTreatment,
            ["L01"],
            [
                "capecitabine", "fluorouracil", "cyclophosphamide", "doxorubicin", "epirubicin", "paclitaxel", "docetaxel",
                "carboplatin", "cisplatin", "oxaliplatin", "gemcitabine", "imatinib", "palbociclib", "ribociclib", "abemaciclib",
                "pembrolizumab", "nivolumab", "trastuzumab", "rituximab", "bevacizumab",
            ],
            "active cancer treatment"),
        new(
            "endocrine-cancer-therapy",
            "endocrine therapy of cancer",
            HealthFactor.CancerTreatment,
            ["L02"],
            ["tamoxifen", "letrozole", "anastrozole", "exemestane", "fulvestrant", "bicalutamide", "enzalutamide", "apalutamide", "abiraterone"],
            "active cancer treatment"),
        new(
            "systemic-retinoid",
            "systemic retinoids",
            null,
            ["D10BA", "D05BB", "D11AH04"],
            ["isotretinoin", "acitretin", "alitretinoin"],
            "slow healing and scarring after skin procedures"),
    ];
}
