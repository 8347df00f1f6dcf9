-- Outlets of different domains that share a name were one outlet to the engine, which tells outlets apart by
-- name: "news.com.au" and "sunstar.com.ph" were both named "Com" (the name dropped only the last label). Each
-- such outlet is now named by its domain; the next analysis of their events compares them as two outlets.
UPDATE outlets SET name = domain
 WHERE domain IS NOT NULL
   AND lower(name) IN (
     SELECT lower(name) FROM outlets WHERE domain IS NOT NULL GROUP BY lower(name) HAVING COUNT(DISTINCT domain) > 1
   );
