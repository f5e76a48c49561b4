#!/usr/bin/env python3
"""Black-76 fixtures for gateway-war's Black76Test, computed independently of the Java code.

Uses scipy (scipy.stats.norm for the normal distribution, scipy.optimize.brentq for the implied
volatility): Debian's python3-scipy (`apt-get install python3-scipy`, then /usr/bin/python3), or any
scipy; the committed fixtures were made with scipy 1.17.1. Regenerate with:

    python3 tools/black76/fixtures.py > gateway-war/src/test/resources/black76/fixtures.csv

Units, as Black76.java: time in years, rate and volatility as decimals; theta is the change of the
price per year of calendar time (d price / d t = -d price / d T), vega per unit of volatility, rho per
unit of rate (the forward held fixed, so rho = -T * price).
"""
import math

from scipy.optimize import brentq
from scipy.stats import norm


def black76(kind, forward, strike, years, rate, vol):
    sqrt_t = math.sqrt(years)
    d1 = (math.log(forward / strike) + 0.5 * vol * vol * years) / (vol * sqrt_t)
    d2 = d1 - vol * sqrt_t
    discount = math.exp(-rate * years)
    if kind == "CE":
        price = discount * (forward * norm.cdf(d1) - strike * norm.cdf(d2))
        delta = discount * norm.cdf(d1)
    else:
        price = discount * (strike * norm.cdf(-d2) - forward * norm.cdf(-d1))
        delta = -discount * norm.cdf(-d1)
    gamma = discount * norm.pdf(d1) / (forward * vol * sqrt_t)
    vega = forward * discount * norm.pdf(d1) * sqrt_t
    theta = rate * price - forward * discount * norm.pdf(d1) * vol / (2 * sqrt_t)
    rho = -years * price
    return price, delta, gamma, theta, vega, rho


def implied(kind, forward, strike, years, rate, price):
    return brentq(lambda v: black76(kind, forward, strike, years, rate, v)[0] - price, 1e-6, 5.0,
                  xtol=1e-14, rtol=1e-14, maxiter=500)


CASES = [
    # kind, forward, strike, years, rate, volatility
    ("CE", 24000.0, 24000.0, 7 / 365, 0.065, 0.13),
    ("PE", 24000.0, 24000.0, 7 / 365, 0.065, 0.13),
    ("CE", 24150.5, 23800.0, 30 / 365, 0.07, 0.16),
    ("PE", 24150.5, 23800.0, 30 / 365, 0.07, 0.16),
    ("CE", 51200.0, 52500.0, 2 / 365, 0.065, 0.18),
    ("PE", 51200.0, 52500.0, 2 / 365, 0.065, 0.18),
    ("CE", 2950.0, 3100.0, 90 / 365, 0.0, 0.28),
    ("PE", 2950.0, 2700.0, 90 / 365, 0.0, 0.28),
    ("CE", 100.0, 100.0, 1.0, 0.05, 0.2),
    ("PE", 100.0, 120.0, 0.5, 0.03, 0.45),
]

print("kind,forward,strike,years,rate,volatility,price,delta,gamma,theta,vega,rho,implied_volatility")
for kind, forward, strike, years, rate, vol in CASES:
    price, delta, gamma, theta, vega, rho = black76(kind, forward, strike, years, rate, vol)
    iv = implied(kind, forward, strike, years, rate, price)
    print(",".join([kind] + [repr(float(x)) for x in (forward, strike, years, rate, vol, price, delta, gamma, theta,
                                                vega, rho, iv)]))
