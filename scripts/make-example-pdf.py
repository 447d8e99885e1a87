#!/usr/bin/env python3
"""Writes Claims/iraq-syria/sources/iraq-interior-statement.pdf: the ministry's statement as a two-page PDF with a
running header and page numbers (which Verity drops) and its title, author and date in the PDF's Info dictionary.
The file is committed; run this only to make it again."""
import os

HEADER = "REPUBLIC OF IRAQ - MINISTRY OF INTERIOR - MEDIA OFFICE"
PAGES = [
    [HEADER, "", "Joint operation with the Syrian side", "",
     "The General Directorate for Narcotics and Psychotropic Substances carried out a",
     "special operation in direct coordination with the Anti-Narcotics Directorate in Syria.",
     "One of our teams entered Syrian territory and, through joint coordination, seized",
     "230 kilograms of narcotics.", "", "Page 1 of 2"],
    [HEADER, "",
     "The ministries stressed that protecting society from drugs is a national and moral",
     "duty, and that both sides will continue working to cut off the supply of poison that",
     "targets our youth and our national security.", "",
     "Illustrative test fixture written for this evaluation; not the ministry's real statement.",
     "", "Page 2 of 2"],
]
INFO = "/Title (Joint operation with the Syrian side) /Author (Iraqi Ministry of Interior) " \
       "/CreationDate (D:20251022100000+03'00')"


def pdf(pages):
    objs = ["<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for lines in pages:
        ops = ["BT", "/F1 10 Tf", "14 TL", "60 770 Td"]
        for line in lines:
            ops.append("(%s) Tj T*" % line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
        ops.append("ET")
        s = "\n".join(ops)
        objs.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(s), s))
    parent = 1 + 2 * len(pages) + 1
    kids = []
    for i in range(len(pages)):
        objs.append("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 1 0 R >> >> "
                    "/Contents %d 0 R >>" % (parent, 2 + i))
        kids.append(len(objs))
    objs.append("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids)))
    objs.append("<< /Type /Catalog /Pages %d 0 R >>" % parent)
    objs.append("<< %s >>" % INFO)
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i + 1, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += b"".join(("%010d 00000 n \n" % o).encode() for o in offsets)
    out += ("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, len(objs) - 1, len(objs), xref)).encode()
    return out


here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "Claims", "iraq-syria", "sources", "iraq-interior-statement.pdf"), "wb") as f:
    f.write(pdf(PAGES))
