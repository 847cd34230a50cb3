extension Double {
    /// Rounded to one decimal, as every figure prfaq prints is ("4.6 pages", "grade 8.2").
    public var oneDecimal: Double { (self * 10).rounded() / 10 }
}
