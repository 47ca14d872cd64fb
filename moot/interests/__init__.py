"""The register of members' interests (Localism Act 2011 ss.29–34; the Relevant Authorities
(Disclosable Pecuniary Interests) Regulations 2012): entries per member and body, submitted by
the member (or the clerk on their behalf), published by the body's Monitoring Officer, every
change kept; sensitive interests (s.32) registered but their details never published."""
