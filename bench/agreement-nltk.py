#!/usr/bin/python3
"""The yardstick of `npm run bench -- agreement`: the same coefficients computed by nltk
(Debian's python3-nltk, so run with /usr/bin/python3) on the same units x coders table.

usage: /usr/bin/python3 bench/agreement-nltk.py TABLE.json
TABLE.json: {"coders": [...], "units": [[label or null, ...], ...]}
Prints one JSON object: each figure and the milliseconds nltk took for it (the table's loading not counted).
"""
import json
import sys
import time

from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import binary_distance


def timed(run):
    started = time.perf_counter()
    value = run()
    return value, (time.perf_counter() - started) * 1000


def main(path):
    table = json.load(open(path, encoding='utf-8'))
    coders = table['coders']
    units = table['units']
    every = [(c, str(i), v) for i, row in enumerate(units) for c, v in zip(coders, row) if v is not None]
    complete = [(c, str(i), v) for i, row in enumerate(units) if None not in row for c, v in zip(coders, row)]
    # Building the task (nltk indexes the data) is part of computing the figure, as it is in ours.
    alpha, alpha_ms = timed(lambda: AnnotationTask(data=every, distance=binary_distance).alpha())
    kappa, kappa_ms = timed(lambda: AnnotationTask(data=complete, distance=binary_distance).kappa())
    pi, pi_ms = timed(lambda: AnnotationTask(data=complete, distance=binary_distance).pi())
    ao, ao_ms = timed(lambda: AnnotationTask(data=complete, distance=binary_distance).avg_Ao())
    print(json.dumps({
        'alpha': alpha, 'alpha_ms': alpha_ms,
        'kappa': kappa, 'kappa_ms': kappa_ms,
        'pi': pi, 'pi_ms': pi_ms,
        'percent': ao, 'percent_ms': ao_ms,
    }))


if __name__ == '__main__':
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1])
