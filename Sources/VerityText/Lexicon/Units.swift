/// Unit words of news text, mapped to the contract's canonical symbols.
public enum Units {
    public static let words: [String: String] = [
        "kilogram": "kg", "kilograms": "kg", "kilogrammes": "kg", "kilo": "kg", "kilos": "kg", "kg": "kg", "kgs": "kg",
        "gram": "g", "grams": "g", "g": "g", "milligram": "mg", "milligrams": "mg", "mg": "mg",
        "ton": "t", "tons": "t", "tonne": "t", "tonnes": "t", "t": "t",
        "pound": "lb", "pounds": "lb", "lb": "lb", "lbs": "lb", "ounce": "oz", "ounces": "oz", "oz": "oz",
        "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km", "km": "km", "kms": "km",
        "meter": "m", "meters": "m", "metre": "m", "metres": "m", "m": "m",
        "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm", "cm": "cm",
        "millimeter": "mm", "millimeters": "mm", "millimetre": "mm", "millimetres": "mm", "mm": "mm",
        "mile": "mi", "miles": "mi", "yard": "yd", "yards": "yd", "foot": "ft", "feet": "ft", "ft": "ft",
        "inch": "in", "inches": "in", "acre": "acre", "acres": "acre", "hectare": "ha", "hectares": "ha", "ha": "ha",
        "liter": "l", "liters": "l", "litre": "l", "litres": "l", "milliliter": "ml", "milliliters": "ml", "ml": "ml",
        "gallon": "gal", "gallons": "gal", "mph": "mph", "kph": "km/h", "kmh": "km/h",
        "percent": "%", "per cent": "%", "pct": "%", "percentage": "%",
        "hour": "h", "hours": "h", "hr": "h", "hrs": "h", "minute": "min", "minutes": "min", "mins": "min",
        "second": "s", "seconds": "s", "secs": "s", "day": "day", "days": "day", "week": "week", "weeks": "week",
        "month": "month", "months": "month", "year": "year", "years": "year", "yr": "year", "yrs": "year",
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY",
        "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
        "rubles": "RUB", "franc": "CHF", "francs": "CHF", "won": "KRW", "peso": "MXN", "pesos": "MXN",
        "sterling": "GBP", "dinar": "IQD", "dinars": "IQD", "lira": "TRY", "riyal": "SAR", "riyals": "SAR",
        "shekel": "ILS", "shekels": "ILS", "rand": "ZAR", "naira": "NGN",
        "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "inr": "INR", "chf": "CHF",
        "cad": "CAD", "aud": "AUD",
        "gigabyte": "GB", "gigabytes": "GB", "gb": "GB", "megabyte": "MB", "megabytes": "MB", "mb": "MB",
        "terabyte": "TB", "terabytes": "TB", "tb": "TB", "horsepower": "hp", "hp": "hp",
        "megawatt": "MW", "megawatts": "MW", "mw": "MW", "kilowatt": "kW", "kilowatts": "kW", "kw": "kW",
        "gigawatt": "GW", "gigawatts": "GW", "watt": "W", "watts": "W", "volt": "V", "volts": "V",
        "barrel": "bbl", "barrels": "bbl", "calorie": "kcal", "calories": "kcal", "decibels": "dB",
        "pc": "%", "min": "min", "m.p.h.": "mph", "kn": "HRK", "kuna": "HRK", "kunas": "HRK", "l": "l", "m2": "m2",
        "km2": "km2", "sqm": "m2", "m.p.h": "mph", "mph.": "mph",
        "degf": "°F", "degc": "°C", "gpa": "GPa", "mpa": "MPa", "kwh": "kWh", "gwh": "GWh", "mwh": "MWh", "hz": "Hz",
        "khz": "kHz", "mhz": "MHz", "ghz": "GHz", "mah": "mAh", "mbps": "Mbps", "gbps": "Gbps", "rpm": "rpm",
        "bhp": "bhp",
        "mpg": "mpg", "ppm": "ppm", "ppb": "ppb", "knots": "kn", "knot": "kn", "kts": "kn", "kt": "kn", "bpd": "bpd",
        "nm": "nm", "acre-feet": "acre-ft", "acre-foot": "acre-ft", "af": "acre-ft",
    ]
    /// One of `currencySymbols`, tested on the scalar itself.
    @inline(__always) public static func isCurrencySymbol(_ s: Unicode.Scalar) -> Bool {
        currencySymbolValues.contains(s.value)
    }
    /// The scalars of `currencySymbols`, compared as integers (a handful, tested for every punctuation mark).
    static let currencySymbolValues: [UInt32] = currencySymbols.keys.map { $0.unicodeScalars.first!.value }
    /// Symbols standing before a number.
    public static let currencySymbols: [String: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS",
    ]
    /// "Australian dollars", "Danish crowns": a nationality before a currency word.
    public static let nationalCurrencies: [String: String] = [
        "australian dollar": "AUD", "canadian dollar": "CAD", "new zealand dollar": "NZD", "hong kong dollar": "HKD",
        "singapore dollar": "SGD", "singaporean dollar": "SGD", "us dollar": "USD", "u.s. dollar": "USD",
        "american dollar": "USD",
        "taiwan dollar": "TWD", "danish crown": "DKK", "danish krone": "DKK", "danish kroner": "DKK",
        "swedish crown": "SEK",
        "swedish krona": "SEK", "swedish kronor": "SEK", "norwegian crown": "NOK", "norwegian krone": "NOK",
        "norwegian kroner": "NOK",
        "chinese yuan": "CNY", "japanese yen": "JPY", "indian rupee": "INR", "pakistani rupee": "PKR",
        "south african rand": "ZAR",
        "swiss franc": "CHF", "mexican peso": "MXN", "philippine peso": "PHP", "brazilian real": "BRL",
        "russian rouble": "RUB",
        "russian ruble": "RUB", "turkish lira": "TRY", "iraqi dinar": "IQD", "malaysian ringgit": "MYR",
        "saudi riyal": "SAR",
        "british pound": "GBP", "egyptian pound": "EGP", "israeli shekel": "ILS", "new shekel": "ILS",
        "south korean won": "KRW", "korean won": "KRW",
    ]
    /// Currency codes and short names written before an amount (`USD 10`, `RM79`, `Rs 500`).
    public static let currencyCodes: [String: String] = [
        "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "inr": "INR", "chf": "CHF", "cad": "CAD",
        "aud": "AUD", "nzd": "NZD", "hkd": "HKD", "sgd": "SGD", "rm": "MYR", "myr": "MYR", "rs": "INR", "zar": "ZAR",
        "sek": "SEK", "nok": "NOK", "dkk": "DKK", "rub": "RUB", "brl": "BRL", "mxn": "MXN", "krw": "KRW", "try": "TRY",
        "iqd": "IQD", "sar": "SAR", "aed": "AED", "ils": "ILS", "egp": "EGP", "ngn": "NGN", "pkr": "PKR", "php": "PHP",
    ]
    /// Letters before `$`.
    public static let dollarPrefixes: [String: String] = [
        "us": "USD", "c": "CAD", "a": "AUD", "nz": "NZD", "hk": "HKD", "s": "SGD", "r": "BRL", "ca": "CAD", "au": "AUD",
    ]

    /// Factor to a base unit in the same dimension, for comparing values written in different units.
    public static let toBase: [String: (dimension: String, factor: Double)] = [
        "kg": ("mass", 1), "g": ("mass", 0.001), "mg": ("mass", 1e-6), "t": ("mass", 1000), "lb": ("mass", 0.45359237),
        "oz": ("mass", 0.028349523125),
        "km": ("length", 1000), "m": ("length", 1), "cm": ("length", 0.01), "mm": ("length", 0.001),
        "mi": ("length", 1609.344),
        "yd": ("length", 0.9144), "ft": ("length", 0.3048), "in": ("length", 0.0254),
        "km2": ("area", 1e6), "m2": ("area", 1), "ha": ("area", 1e4), "acre": ("area", 4046.8564224),
        "mi2": ("area", 2_589_988.11),
        "l": ("volume", 1), "ml": ("volume", 0.001), "gal": ("volume", 3.785411784),
        "acre-ft": ("volume", 1_233_481.84),
        "km/h": ("speed", 1 / 3.6), "mph": ("speed", 0.44704), "m/s": ("speed", 1),
        "h": ("time", 3600), "min": ("time", 60), "s": ("time", 1), "day": ("time", 86400), "week": ("time", 604_800),
        "month": ("time", 2_629_800), "year": ("time", 31_557_600),
        "%": ("percent", 1), "pp": ("points", 1), "bp": ("points", 0.01), "nmi": ("length", 1852),
        "kn": ("speed", 1852.0 / 3600),
    ]

    /// Units written as one or two words whose symbol is not a plain unit word: a basis point is a hundredth of a
    /// percentage point (`toBase` holds the factors).
    static let compounds: [(words: [String], symbol: String)] = [
        (["basis", "points"], "bp"), (["basis", "point"], "bp"), (["bps"], "bp"), (["bp"], "bp"),
        (["pp"], "pp"), (["ppt"], "pp"), (["ppts"], "pp"),
        (["nautical", "miles"], "nmi"), (["nautical", "mile"], "nmi"), (["nmi"], "nmi"),
        (["metric", "tons"], "t"), (["metric", "ton"], "t"), (["metric", "tonnes"], "t"),
        (["acre", "-", "feet"], "acre-ft"), (["acre", "-", "foot"], "acre-ft"), (["acre", "feet"], "acre-ft"),
        (["acre", "foot"], "acre-ft"),
    ]

    /// The compound unit written at token `k`, and how many tokens it takes.
    static func compound(_ t: Tokens, _ k: Int) -> (String, Int)? {
        for (words, symbol) in compounds where k + words.count <= t.count {
            if words.indices.allSatisfy({ t[k + $0].norm == words[$0] }) { return (symbol, words.count) }
        }
        return nil
    }

    /// A currency: an ISO 4217 code, as every currency word and symbol maps to one.
    public static func isCurrency(_ unit: String?) -> Bool {
        guard let unit, unit.utf8.count == 3 else { return false }
        return unit.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    /// A value in its dimension's base unit, or nil when the unit has none (currencies, counts).
    public static func base(_ value: Double, _ unit: String?) -> (dimension: String, value: Double)? {
        guard let unit else { return ("count", value) }
        if let b = toBase[unit] { return (b.dimension, value * b.factor) }
        if unit == "°C" { return ("temperature", value) }
        if unit == "°F" { return ("temperature", (value - 32) * 5 / 9) }
        return (unit, value)  // currencies and others compare only with themselves
    }

    /// Counted days, weeks, months or years ("138 operating days", "30 business days") are a span of time, as
    /// "Operating days: 138" is: the unit of the subject's last word before a preposition, when it is one of time.
    static func countedTime(_ subject: String) -> String? {
        let words = subject.split(separator: " ")
        let end = words.firstIndex { Lexicon.prepositions.contains(String($0)) } ?? words.count
        guard end > 1, let last = words[..<end].last, let u = Units.words[String(last)],
            ["day", "week", "month", "year", "h", "min"].contains(u)
        else { return nil }
        return u
    }

    /// Counted things that are amounts of money: "87 cents" is written as a count (as annotated news data has it)
    /// but measures dollars.
    public static let moneyCounts: [String: (code: String, factor: Double)] = [
        "cents": ("USD", 0.01), "cent": ("USD", 0.01),
    ]
}

extension Quantity {
    /// The value in its dimension's base unit: what two figures are compared in.
    public var base: (dimension: String, value: Double)? {
        if unit == nil, let s = subject?.lowercased(), let money = Units.moneyCounts[s] {
            return (money.code, value * money.factor)
        }
        if unit == nil, let s = subject?.lowercased(), let time = Units.countedTime(s) {
            return Units.base(value, time)
        }
        return Units.base(value, unit)
    }
}
